using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>
/// M-5 "lock as mine" (seed 001: keep the conversation assigned to yourself): no automatic rule moves a locked
/// conversation, the client's next conversation goes to the same agent first, and only J-2 releases the lock.
/// </summary>
public sealed class PinTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _bea;
    private int _cyd;

    private RoutingSweeps Sweeps => _app.Get<RoutingSweeps>();

    private MessengerService Messenger => _app.Get<MessengerService>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website");
        _bea = await _scenario.AddAgentAsync("Bea");
        _cyd = await _scenario.AddAgentAsync("Cyd");
        await _scenario.ConfigureQueueAsync(form =>
        {
            form.Entries = [new QueueFormEntry(_bea, null, string.Empty), new QueueFormEntry(_cyd, null, string.Empty)];
            form.Mode = DistributionMode.Evenly;
            form.IdleMinutes = 2;
            form.AlwaysMonitorAvailability = true;
        });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task M5_ALockedOffer_IsNotMovedOnWhenTheIdleTimeRunsOut()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await NewConversationAsync();
        (await _app.HolderAsync(conversation)).ShouldBe(_bea);

        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, true)).ShouldSucceed();
        _app.Clock.Advance(TimeSpan.FromMinutes(3));
        await _app.OnlineAsync(_bea, _cyd);

        (await Sweeps.TransferIdleOffersAsync()).ShouldBe(0);
        (await _app.HolderAsync(conversation)).ShouldBe(_bea);
    }

    [Fact]
    public async Task M5_Q5_TheClientWritesWhileTheLockingAgentIsOffline_ItStaysWithThem()
    {
        await _app.OnlineAsync(_bea);
        var (visitor, conversation) = await NewConversationAsync();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, true)).ShouldSucceed();

        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.OnlineAsync(_cyd);
        await visitor.SayAsync("Still there?");

        (await _app.HolderAsync(conversation)).ShouldBe(_bea);

        // Without the lock, Q-5 would have sent it to Cyd: the same steps, unlocked.
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, false)).ShouldSucceed();
        await visitor.SayAsync("Hello?");
        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
    }

    [Fact]
    public async Task M5_A4_UnansweredBackToTheQueue_LeavesALockedConversation_ButMarksIt()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.BackToQueue));
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await NewConversationAsync();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, true)).ShouldSucceed();

        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await _app.OnlineAsync(_bea, _cyd);
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(1);

        (await _app.HolderAsync(conversation)).ShouldBe(_bea);
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.MarkedUnansweredAt).SingleAsync())).ShouldNotBeNull();
        (await _app.QueryAsync(db => db.RoutingAudit.CountAsync(a => a.Trigger == RoutingTrigger.Unanswered))).ShouldBe(0);
    }

    [Fact]
    public async Task M5_TheClientWritesAgainAfterTheClose_TheLockingAgentGetsItFirst_AndKeepsItLocked()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (visitor, first) = await NewConversationAsync();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), first)).ShouldSucceed();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), first, true)).ShouldSucceed();
        (await Messenger.CloseAsync(Scenario.Agent(_bea), first)).ShouldSucceed();

        // Evenly would now pick Cyd (Bea had the last one); the lock sends it to Bea.
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _app.OnlineAsync(_bea, _cyd);
        await visitor.SayAsync("Me again");
        var second = await LatestAsync();

        second.ShouldNotBe(first);
        (await _app.HolderAsync(second)).ShouldBe(_bea);
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == second).Select(c => c.IsPinned).SingleAsync())).ShouldBeTrue();
        (await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == second).Select(a => a.ViaPin).SingleAsync())).ShouldBeTrue();
        var audit = await _app.Get<ConversationQueries>().RoutingAuditAsync(_scenario.Admin, second);
        audit.ShouldHaveSingleItem().ViaPin.ShouldBeTrue();

        // Another client's conversation goes by the usual rule: Cyd has waited longest.
        var (_, other) = await NewConversationAsync();
        (await _app.HolderAsync(other)).ShouldBe(_cyd);
    }

    [Fact]
    public async Task M5_TheLockingAgentIsOffline_TheNextConversationGoesByTheQueue_Unlocked()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (visitor, first) = await NewConversationAsync();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), first)).ShouldSucceed();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), first, true)).ShouldSucceed();
        (await Messenger.CloseAsync(Scenario.Agent(_bea), first)).ShouldSucceed();

        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.OnlineAsync(_cyd);
        await visitor.SayAsync("Me again");
        var second = await LatestAsync();

        (await _app.HolderAsync(second)).ShouldBe(_cyd);
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == second).Select(c => c.IsPinned).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task M5_J2_Vacation_StillReturnsALockedConversation_AndReleasesTheLock()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await NewConversationAsync();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, true)).ShouldSucceed();
        var today = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        (await _app.Get<EmployeeService>().AddVacationAsync(_bea, today, today.AddDays(3))).ShouldSucceed();

        (await Sweeps.ReturnFromUnavailableAgentsAsync()).ShouldBe(1);

        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.IsPinned).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task M5_J2_Dismissal_StillReturnsALockedConversation()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await NewConversationAsync();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();
        (await Messenger.SetPinnedAsync(Scenario.Agent(_bea), conversation, true)).ShouldSucceed();
        (await _app.Get<EmployeeService>().DismissAsync(_bea, actingEmployeeId: null)).ShouldSucceed();

        await Sweeps.ReturnFromUnavailableAgentsAsync();

        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
    }


    private async Task<(WidgetVisitor Visitor, int Conversation)> NewConversationAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        return (visitor, await LatestAsync());
    }

    private Task<int> LatestAsync() =>
        _app.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
}
