using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Tests.Domain.Crm;

/// <summary>CRM-1: the items' own rules — contact points, merges, deals' amounts and stages, leads' statuses, the pipeline.</summary>
public sealed class CrmItemsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AContact_KeepsEmailsInLowerCase_AndPhonesOnlyInE164()
    {
        var contact = new CrmContact("Ann", LeadSource.Manual, 1, Now);

        contact.SetPoints(["Ann@Example.COM", "ann@example.com"], ["+33123456789"], Now);

        contact.Emails.ShouldBe(["ann@example.com"]);
        contact.Phones.ShouldBe(["+33123456789"]);
        Should.Throw<DomainRuleViolated>(() => contact.SetPoints([], ["01 23 45 67 89"], Now)).Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Phone");
    }

    [Fact]
    public void Learning_AddsWhatIsNew_AndOverwritesNothing()
    {
        var contact = new CrmContact("Ann", LeadSource.Manual, 1, Now);
        contact.SetPoints(["ann@example.com"], [], Now);

        contact.Learn("ann.lee@example.com", "+33123456789", Now);

        contact.Emails.ShouldBe(["ann@example.com", "ann.lee@example.com"]);
        contact.Phones.ShouldBe(["+33123456789"]);
    }

    [Fact]
    public void Merging_TakesTheDuplicatesPointsNotesCompanyAndResponsible_WhenItHasNone()
    {
        var keep = new CrmContact("Ann", LeadSource.Manual, null, Now);
        keep.SetPoints(["ann@example.com"], [], Now);
        keep.Update("Ann", null, "Prefers mornings.", Now);
        var duplicate = new CrmContact("Ann Lee", LeadSource.LiveChat, 4, Now);
        duplicate.SetPoints(["ann.lee@example.com"], ["+33123456789"], Now);
        duplicate.Update("Ann Lee", 9, "Asked about delivery.", Now);

        keep.Absorb(duplicate, Now);

        keep.Emails.ShouldBe(["ann@example.com", "ann.lee@example.com"]);
        keep.Phones.ShouldBe(["+33123456789"]);
        keep.CompanyId.ShouldBe(9);
        keep.ResponsibleId.ShouldBe(4);
        keep.Notes.ShouldBe("Prefers mornings.\n\nAsked about delivery.");
        duplicate.Points.ShouldBeEmpty();
    }

    [Fact]
    public void ADeal_ClosesAtAWonOrLostStage_AndReopensAtAnOpenOne()
    {
        var open = new DealStage("Proposal", 1, StageOutcome.Open);
        var won = new DealStage("Won", 100, StageOutcome.Won);
        SetId(open, 1);
        SetId(won, 2);
        var deal = new CrmDeal("Order", 120.456m, "eur", open, null, CreatedVia.Crm, 1, Now);

        deal.Amount.ShouldBe(120.46m);
        deal.Currency.ShouldBe("EUR");
        deal.IsOpen.ShouldBeTrue();
        deal.Update("Order", 120m, "EUR", won, null, null, Now.AddDays(1));
        deal.ClosedAt.ShouldBe(Now.AddDays(1));
        deal.Update("Order", 120m, "EUR", open, null, null, Now.AddDays(2));
        deal.IsOpen.ShouldBeTrue();
    }

    [Theory]
    [InlineData(-1, "EUR", "Amount")]
    [InlineData(10, "EURO", "Currency")]
    [InlineData(10, "E1R", "Currency")]
    public void ADeal_RefusesANegativeAmountOrABadCurrency(decimal amount, string currency, string field) =>
        Should.Throw<DomainRuleViolated>(() => new CrmDeal("Order", amount, currency, new DealStage("New", 0, StageOutcome.Open), null, CreatedVia.Crm, 1, Now))
            .Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe(field);

    [Fact]
    public void ALead_BecomesConvertedOnlyByMakingADeal_AndStaysSo()
    {
        var lead = new CrmLead("Ann · Site", 1, LeadSource.LiveChat, CreatedVia.Automatically, null, Now);

        Should.Throw<DomainRuleViolated>(() => lead.Update("Ann", LeadSource.LiveChat, LeadStatus.Converted, Now));
        lead.ConvertedInto(5, Now);
        lead.IsOpen.ShouldBeFalse();
        Should.Throw<DomainRuleViolated>(() => lead.Update("Ann", LeadSource.LiveChat, LeadStatus.New, Now));
        Should.Throw<DomainRuleViolated>(() => lead.ConvertedInto(6, Now));
    }

    [Fact]
    public void ThePipeline_KeepsItsWonAndLostStages_AndOneOpenStage_AndStagesInUse()
    {
        Should.Throw<DomainRuleViolated>(() => new DealStage("Won", 100, StageOutcome.Won).EnsureRemovable(0, 3));
        Should.Throw<DomainRuleViolated>(() => new DealStage("New", 0, StageOutcome.Open).EnsureRemovable(0, 1));
        Should.Throw<DomainRuleViolated>(() => new DealStage("New", 0, StageOutcome.Open).EnsureRemovable(2, 3)).Error.Message.ShouldContain("2 deals");
        new DealStage("New", 0, StageOutcome.Open).EnsureRemovable(0, 2);
    }

    [Theory]
    [InlineData("+33123456789", true)]
    [InlineData("+1", false)]
    [InlineData("0033123456789", false)]
    [InlineData("+33 1 23 45 67 89", false)]
    public void CrmPhones_AreE164(string value, bool valid) => CrmPhone.IsE164(value).ShouldBe(valid);

    private static void SetId(DealStage stage, int id) =>
        typeof(DealStage).GetProperty(nameof(DealStage.Id))!.SetValue(stage, id);
}
