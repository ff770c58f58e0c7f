using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Tests.Web.Crm;

/// <summary>
/// CRM rights and P-4's cells: whoever sees a lead or a deal opens, reads and joins its conversation, even without any
/// open-channel or conversation right; nobody else does; and the CRM lists hold only what one may see.
/// </summary>
public sealed class CrmRightsTests() : ScenarioTest("Bea", "Cyd")
{
    [Theory]
    [InlineData(AccessLevel.Own, true, true)]
    [InlineData(AccessLevel.Own, false, false)]
    [InlineData(AccessLevel.All, false, true)]
    [InlineData(AccessLevel.None, true, false)]
    public async Task P4_SeeingTheDeal_OpensReadsAndTakesItsConversation(AccessLevel crmView, bool responsible, bool reaches)
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var eve = await Scenario.AddAgentAsync("Eve");
        await App.GiveCrmOnlyRoleAsync(eve, crmView, AccessLevel.None);
        var conversation = await Scenario.ConversationAsync("About my order", heldBy: bea);
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);
        (await App.Get<ConversationCrmService>().SaveAsync(Scenario.Agent(bea), conversation, new SaveToCrmForm { Name = "Ann", CreateDeal = true })).ShouldSucceed();
        var deal = await App.QueryAsync(db => db.CrmDeals.SingleAsync());
        await App.QueryAsync(async db =>
        {
            (await db.CrmDeals.SingleAsync()).AssignTo(responsible ? eve : bea, App.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var details = await App.Get<ConversationQueries>().GetAsync(Scenario.Agent(eve), conversation);
        var taken = await App.Get<MessengerService>().TakeAsync(Scenario.Agent(eve), conversation);

        (details is not null).ShouldBe(reaches);
        taken.Succeeded.ShouldBe(reaches);
        (await App.Get<CrmService>().DealAsync(Scenario.Agent(eve), deal.Id) is not null).ShouldBe(reaches);
        if (!reaches)
        {
            taken.Error.ShouldBeOfType<NotFound>();
        }
    }

    [Fact]
    public async Task TheLists_HoldOnlyWhatTheViewerSees_AndAHiddenItemIsNotFound()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var cyd = await App.EmployeeIdAsync("cyd@example.test");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);
        var mine = await App.ContactAsync(Scenario, "Bea's client", null, null, bea);
        var theirs = await App.ContactAsync(Scenario, "Cyd's client", null, null, cyd);
        var crm = App.Get<CrmService>();

        (await crm.ContactsAsync(Scenario.Agent(bea), new CrmListQuery())).Rows.Select(r => r.Id).ShouldBe([mine]);
        (await crm.ContactsAsync(Scenario.Admin, new CrmListQuery())).Total.ShouldBe(2);
        (await crm.ContactAsync(Scenario.Agent(bea), theirs)).ShouldBeNull();
        (await crm.SaveContactAsync(Scenario.Agent(bea), theirs, new CrmContactForm { Name = "Renamed" })).ShouldFail().ShouldBeOfType<NotFound>();
        (await crm.SaveContactAsync(Scenario.Agent(bea), mine, new CrmContactForm { Name = "Mine", Responsible = new CrmPick(cyd, string.Empty) })).ShouldFailOn("Responsible");
    }

    [Fact]
    public async Task TheListSearch_FindsAPhoneTypedAnyWay()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var ann = await App.ContactAsync(Scenario, "Ann Lee", null, "+33 6 12 34 56 78", bea);
        await App.ContactAsync(Scenario, "Bob Roy", null, "+33 6 99 99 99 99", bea);

        var found = await App.Get<CrmService>().ContactsAsync(Scenario.Admin, new CrmListQuery(Search: "+33 (0)6 12 34 56 78"));

        found.Rows.Select(r => r.Id).ShouldBe([ann]);
    }
}
