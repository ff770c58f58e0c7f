using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>The assignment audit (why routing chose whom) is for administrators only.</summary>
public sealed class RoutingAuditAccessTests() : ScenarioTest("Bea")
{
    [Fact]
    public async Task RoutingAudit_IsShownToAnAdministrator_AndNotToTheAgentWhoHoldsTheConversation()
    {
        var bea = await App.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Bea").Select(e => e.Id).SingleAsync());
        await App.Get<AgentStatusService>().TouchAsync(bea);
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var queries = App.Get<ConversationQueries>();
        (await queries.GetAsync(Scenario.Agent(bea), conversation))!.HolderEmployeeId.ShouldBe(bea, "Bea can see her conversation");

        (await queries.RoutingAuditAsync(Scenario.Agent(bea), conversation)).ShouldBeEmpty();

        var audit = (await queries.RoutingAuditAsync(Scenario.Admin, conversation)).ShouldHaveSingleItem();
        (audit.Trigger, audit.ChosenName).ShouldBe((RoutingTrigger.NewConversation, "Bea"));
    }
}
