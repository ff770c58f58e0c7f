using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Access;

/// <summary>
/// The access rights on conversations (P-2, P-6, decision 0013), through the messenger's services and the agent API,
/// on a real database: the list's SQL filter, one conversation, and every action's check agree.
/// </summary>
public sealed class ConversationRightsTests() : ScenarioTest("Bea", "Cyd")
{
    private MessengerService Messenger => App.Get<MessengerService>();

    private ConversationQueries Conversations => App.Get<ConversationQueries>();

    [Fact]
    public async Task AManagerOfTheQueue_SeesTheirOwnAndTheWaitingOnes_NotAColleagues()
    {
        var (bea, cyd) = (await IdOfAsync("bea"), await IdOfAsync("cyd"));
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, cyd);
        var beas = await ConversationAsync("Bea's client");
        var waiting = await ConversationAsync("Waiting client");
        (await Messenger.AcceptAsync(Scenario.Agent(bea), beas)).ShouldSucceed();

        (await Conversations.ListAsync(Scenario.Agent(cyd))).Select(r => r.Id).ShouldBe([waiting]);
        (await Conversations.GetAsync(Scenario.Agent(cyd), beas)).ShouldBeNull();
        (await Conversations.GetAsync(Scenario.Agent(cyd), waiting))!.May.MayJoin.ShouldBeTrue();
        (await Messenger.TakeAsync(Scenario.Agent(cyd), beas)).ShouldFail().Message.ShouldBe("Bea has already taken this conversation.", "she saw it waiting in her queue");
        (await Messenger.CloseAsync(Scenario.Agent(cyd), beas)).Error.ShouldBeOfType<NotFound>();
        (await Conversations.ListAsync(Scenario.Agent(bea))).Select(r => r.Id).ShouldBe([waiting, beas], ignoreOrder: true);
        (await Conversations.ListAsync(Scenario.Admin)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ASupervisorOfTheDepartment_SeesAndFinishesItsConversations_NotAnotherDepartments()
    {
        var departments = App.Get<DepartmentService>();
        var sales = (await departments.CreateAsync(new DepartmentForm { Name = "Sales" })).Value;
        var eastSales = (await departments.CreateAsync(new DepartmentForm { Name = "East sales", ParentId = sales })).Value;
        var support = (await departments.CreateAsync(new DepartmentForm { Name = "Support" })).Value;
        var sal = await EmployeeAsync("Sal", eastSales);
        var oth = await EmployeeAsync("Oth", support);
        var sue = await EmployeeAsync("Sue", sales);
        await Scenario.ConfigureQueueAsync(q =>
        {
            q.Entries.Add(new QueueFormEntry(sal, null, "Sal"));
            q.Entries.Add(new QueueFormEntry(oth, null, "Oth"));
        });
        await App.GiveCustomRoleAsync("Team lead", new Dictionary<Permission, AccessLevel> { [Permission.JoinConversation] = AccessLevel.Department }, HolderKind.Employee, sue);
        var sals = await ConversationAsync("Sal's client");
        var oths = await ConversationAsync("Oth's client");
        (await Messenger.AcceptAsync(Scenario.Agent(sal), sals)).ShouldSucceed();
        (await Messenger.AcceptAsync(Scenario.Agent(oth), oths)).ShouldSucceed();

        (await Conversations.ListAsync(Scenario.Agent(sue))).Select(r => r.Id).ShouldBe([sals], "a sub-department is part of the department");
        (await Conversations.GetAsync(Scenario.Agent(sue), oths)).ShouldBeNull();
        (await Messenger.CloseAsync(Scenario.Agent(sue), sals)).ShouldSucceed();
        (await Messenger.CloseAsync(Scenario.Agent(sue), oths)).Error.ShouldBeOfType<NotFound>();
        (await Messenger.CloseAsync(Scenario.Agent(sal), oths)).Error.ShouldBeOfType<NotFound>("a department's reach goes down, never up or sideways");
    }

    [Fact]
    public async Task HistoryWithoutJoining_ReadsIt_ButWritingIsRefusedWith403()
    {
        var cyd = await IdOfAsync("cyd");
        await App.GiveCustomRoleAsync("Auditor", new Dictionary<Permission, AccessLevel> { [Permission.ConversationHistory] = AccessLevel.All }, HolderKind.Employee, cyd);
        var bea = await IdOfAsync("bea");
        var conversation = await ConversationAsync("Hello");
        (await Messenger.AcceptAsync(Scenario.Agent(bea), conversation)).ShouldSucceed();
        var api = await App.ApiClientAsync("cyd@example.test");

        (await api.GetAsync($"/api/v1/conversations/{conversation}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", new { text = "Let me help." });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await WidgetVisitor.ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("not-permitted");
        problem.GetProperty("detail").GetString().ShouldBe("Your access rights do not allow this. Ask someone who may change access rights.");
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation && m.AuthorEmployeeId == cyd))).ShouldBe(0);
        (await Conversations.GetAsync(Scenario.Agent(cyd), conversation))!.May.ShouldBe(new ConversationPermissions(MayJoin: false, MayManage: false, MayRate: false, MayUseQuickReplies: true, MaySeeRoutingAudit: false), "an agent of the queue uses its quick replies");
    }

    [Fact]
    public async Task ARoleGivenWhileATokenIsInUse_AppliesToItsNextRequest_WithoutSigningInAgain()
    {
        var (bea, cyd) = (await IdOfAsync("bea"), await IdOfAsync("cyd"));
        var conversation = await ConversationAsync("Hello");
        (await Messenger.AcceptAsync(Scenario.Agent(bea), conversation)).ShouldSucceed();
        var api = await App.ApiClientAsync("cyd@example.test");
        (await api.GetAsync($"/api/v1/conversations/{conversation}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, cyd);

        (await api.GetAsync($"/api/v1/conversations/{conversation}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync($"/api/v1/conversations/{conversation}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task WritingInAConversation_MakesItPersonal_AfterItMovesToAColleague()
    {
        var (bea, cyd) = (await IdOfAsync("bea"), await IdOfAsync("cyd"));
        var conversation = await ConversationAsync("Hello");
        (await Messenger.SendAsync(Scenario.Agent(bea), conversation, "Hello, I am Bea.", asNote: false)).ShouldSucceed();
        (await Messenger.TransferToEmployeeAsync(Scenario.Agent(bea), conversation, cyd)).ShouldSucceed();

        (await Conversations.ListAsync(Scenario.Agent(bea))).Select(r => r.Id).ShouldBe([conversation]);
        var details = (await Conversations.GetAsync(Scenario.Agent(bea), conversation))!;
        (details.May.MayJoin, details.May.MayManage).ShouldBe((true, false), "she may take it back, not finish Cyd's");
    }

    private async Task<int> EmployeeAsync(string name, int departmentId) =>
        (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm
        {
            FirstName = name,
            Email = $"{name.ToLowerInvariant()}@example.test",
            Password = "agent-pass-1",
            DepartmentId = departmentId,
        })).Value;

    private Task<int> IdOfAsync(string name) => App.EmployeeIdAsync($"{name}@example.test");

    private Task<int> ConversationAsync(string text) => Scenario.ConversationAsync(text);
}
