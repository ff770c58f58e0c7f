using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Crm;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Tests.Web.Crm;

/// <summary>CRM-1, CRM-2, M-5: saving a client from the conversation, the uniqueness check, and merging two contacts.</summary>
public sealed class SaveAndMergeTests() : ScenarioTest("Bea")
{
    private CrmService Crm => App.Get<CrmService>();

    private ConversationCrmService ConversationCrm => App.Get<ConversationCrmService>();

    [Fact]
    public async Task M5_SaveToCrm_CreatesTheContactInE164_AndADeal_BothAttachedToTheConversation()
    {
        var bea = await BeaAsync();
        var conversation = await Scenario.ConversationAsync("I'd like a quote", heldBy: bea);

        var saved = (await ConversationCrm.SaveAsync(Scenario.Agent(bea), conversation, new SaveToCrmForm
        {
            Name = "Ann Lee",
            Email = "Ann@Example.com",
            Phone = "+33 (0)6 12 34 56 78",
            CreateDeal = true,
            DealTitle = "Quote",
            Amount = 980.5m,
            Currency = "eur",
        })).ShouldSucceed();

        var contact = await App.QueryAsync(db => db.CrmContacts.SingleAsync());
        (contact.Name, contact.Emails.Single(), contact.Phones.Single(), contact.ResponsibleId).ShouldBe(("Ann Lee", "ann@example.com", "+33612345678", bea));
        var deal = await App.QueryAsync(db => db.CrmDeals.SingleAsync());
        (deal.Id, deal.Title, deal.Amount, deal.Currency, deal.ContactId, deal.Via, deal.ResponsibleId).ShouldBe((saved.DealId!.Value, "Quote", 980.5m, "EUR", contact.Id, CreatedVia.Agent, bea));
        (await App.CrmOfAsync(conversation)).ShouldBe((contact.Id, null, deal.Id, RecognisedBy.None));
        var info = await ConversationCrm.InfoAsync(Scenario.Agent(bea), conversation);
        (info.Contact!.Name, info.Deal!.Name, info.MayOpenDeal).ShouldBe(("Ann Lee", "Quote", true));

        var card = (await Crm.DealAsync(Scenario.Agent(bea), deal.Id))!;
        card.Common.Timeline.Where(t => t.Conversation is not null).Select(t => t.Conversation!.Id).ShouldBe([conversation]);
    }

    [Fact]
    public async Task M5_SavingAClientWhoseEmailIsKnown_FillsThatContact_InsteadOfADuplicate()
    {
        var bea = await BeaAsync();
        var known = await App.ContactAsync(Scenario, "Ann Lee", "ann@example.com", null, bea);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);

        var saved = (await ConversationCrm.SaveAsync(Scenario.Agent(bea), conversation, new SaveToCrmForm { Email = "ANN@example.com", Phone = "+39 06 1234 5678" })).ShouldSucceed();

        saved.ContactId.ShouldBe(known);
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(1);
        (await App.QueryAsync(db => db.CrmContacts.SingleAsync())).Phones.ShouldBe(["+390612345678"]);
        (await App.CrmOfAsync(conversation)).By.ShouldBe(RecognisedBy.Email);
    }

    [Fact]
    public async Task SaveToCrm_ABadPhone_IsNamed_AndNothingIsWritten()
    {
        var bea = await BeaAsync();
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);

        (await ConversationCrm.SaveAsync(Scenario.Agent(bea), conversation, new SaveToCrmForm { Name = "Ann", Phone = "06 12 34 56 78", CreateDeal = true })).ShouldFailOn("Phone");

        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.CrmDeals.CountAsync())).ShouldBe(0);
        (await App.CrmOfAsync(conversation)).Contact.ShouldBeNull();
    }

    [Fact]
    public async Task SaveToCrm_NeedsCrmRights_AndJoiningTheConversation()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);

        // Bea holds no role: no CRM level.
        (await ConversationCrm.SaveAsync(Scenario.Agent(bea), conversation, new SaveToCrmForm { Name = "Ann" })).ShouldFail().ShouldBeOfType<NotPermitted>();
        (await ConversationCrm.InfoAsync(Scenario.Agent(bea), conversation)).MaySave.ShouldBeFalse();
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Uniqueness_AnEmailOfAnotherContact_IsRefused_NamingThatContact()
    {
        var bea = await BeaAsync();
        var ann = await App.ContactAsync(Scenario, "Ann Lee", "ann@example.com", "+33612345678", bea);

        var refused = await Crm.SaveContactAsync(Scenario.Admin, null, new CrmContactForm { Name = "A. Lee", Phones = "+33 6 12 34 56 78" });

        var duplicate = refused.ShouldFail().ShouldBeOfType<DuplicateContactPoint>();
        (duplicate.ExistingId, duplicate.ExistingName, duplicate.Value).ShouldBe((ann, "Ann Lee", "+33612345678"));
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Merge_KeepsEveryLink_ClientsConversationsLeadsDealsAndNotes()
    {
        var bea = await BeaAsync();
        await Scenario.AskContactAfterFirstMessageAsync();
        var keep = await App.ContactAsync(Scenario, "Ann Lee", "ann@example.com", null, bea);
        var (_, conversation) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", "Ann", "ann.lee@work.example", null);
        var (duplicate, lead, _, _) = await App.CrmOfAsync(conversation);
        var stage = (await Crm.StagesAsync()).First();
        var deal = (await Crm.SaveDealAsync(Scenario.Admin, null, new CrmDealForm
        {
            Title = "Order",
            Currency = "EUR",
            StageId = stage.Id,
            Contact = new CrmPick(duplicate!.Value, string.Empty),
        })).ShouldSucceed();
        (await Crm.AddNoteAsync(Scenario.Admin, CrmItemKind.Contact, duplicate.Value, "Called back on Monday.")).ShouldSucceed();

        (await Crm.MergeContactsAsync(Scenario.Admin, keep, duplicate.Value)).ShouldSucceed();

        (await App.QueryAsync(db => db.CrmContacts.Select(c => c.Id).ToListAsync())).ShouldBe([keep]);
        var kept = await App.QueryAsync(db => db.CrmContacts.SingleAsync());
        kept.Emails.ShouldBe(["ann@example.com", "ann.lee@work.example"], ignoreOrder: true);
        (await App.CrmOfAsync(conversation)).Contact.ShouldBe(keep);
        (await App.QueryAsync(db => db.Clients.Select(c => c.CrmContactId).SingleAsync())).ShouldBe(keep);
        (await App.QueryAsync(db => db.CrmLeads.SingleAsync(l => l.Id == lead))).ContactId.ShouldBe(keep);
        (await App.QueryAsync(db => db.CrmDeals.SingleAsync(d => d.Id == deal))).ContactId.ShouldBe(keep);
        var card = (await Crm.ContactAsync(Scenario.Admin, keep))!;
        card.Common.Timeline.Select(t => t.Entry?.Text).ShouldContain("Called back on Monday.");
        card.Common.Timeline.ShouldContain(t => t.Entry != null && t.Entry.Kind == TimelineEntryKind.Merged && t.Detail == "Ann");
        card.Common.Timeline.ShouldContain(t => t.Conversation != null && t.Conversation.Id == conversation);
    }

    private async Task<int> BeaAsync()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);
        return bea;
    }
}
