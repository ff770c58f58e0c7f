using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

public sealed class RoutingTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _bea;
    private int _cyd;

    private RoutingSweeps Sweeps => _app.Get<RoutingSweeps>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website");
        _bea = await new Scenario(_app).AddAgentAsync("Bea");
        _cyd = await new Scenario(_app).AddAgentAsync("Cyd");
        await ConfigureAsync(DistributionMode.StrictlyInOrder, [_bea, _cyd]);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InOrder_OffersToTheFirstOnlineAgent_ThenTheNextAfterTheIdleTime_ThenWrapsAround()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var conversation = await NewConversationAsync();

        (await _app.HolderAsync(conversation)).ShouldBe(_bea);
        _app.Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        (await Sweeps.TransferIdleOffersAsync()).ShouldBe(0);
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await _app.OnlineAsync(_bea, _cyd);
        (await Sweeps.TransferIdleOffersAsync()).ShouldBe(1);
        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);

        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await _app.OnlineAsync(_bea, _cyd);
        await Sweeps.TransferIdleOffersAsync();
        (await _app.HolderAsync(conversation)).ShouldBe(_bea);

        var audit = await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == conversation).OrderBy(a => a.Id).ToListAsync());
        audit.Select(a => (a.Trigger, a.ChosenEmployeeId)).ShouldBe(
        [
            (RoutingTrigger.NewConversation, (int?)_bea), (RoutingTrigger.IdleTimeElapsed, _cyd), (RoutingTrigger.IdleTimeElapsed, _bea),
        ]);
        audit[1].ReadCandidates().Single(c => c.EmployeeId == _bea).Skipped.ShouldBe(SkipReason.DidNotAccept);
    }

    [Fact]
    public async Task AcceptingTheOffer_StopsTheIdleClock()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var conversation = await NewConversationAsync();

        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), conversation)).Succeeded.ShouldBeTrue();
        _app.Clock.Advance(TimeSpan.FromHours(1));

        (await Sweeps.TransferIdleOffersAsync()).ShouldBe(0);
        (await _app.HolderAsync(conversation)).ShouldBe(_bea);
    }

    [Fact]
    public async Task Evenly_GoesToWhoeverWaitedLongest()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd]);
        await _app.OnlineAsync(_bea, _cyd);

        var first = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(10));
        var second = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(10));
        var third = await NewConversationAsync();

        (await _app.HolderAsync(first), await _app.HolderAsync(second), await _app.HolderAsync(third)).ShouldBe((_bea, _cyd, _bea));
    }

    [Fact]
    public async Task NobodyOnline_StaysUnassigned_AndTheClientIsToldOnce_ThenTheSweepOffersItWhenSomeoneComes()
    {
        var conversation = await NewConversationAsync();
        await _app.Get<RoutingSweeps>().ReofferUnassignedAsync();

        (await _app.HolderAsync(conversation)).ShouldBeNull();
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.System && m.Text == OpenChannels.Domain.Channels.DefaultTexts.For(OpenChannels.Domain.Channels.ChannelLanguage.English, OpenChannels.Domain.Channels.DefaultText.NoAgent)))).ShouldBe(1);

        var audited = await _app.QueryAsync(db => db.RoutingAudit.CountAsync());
        (await Sweeps.ReofferUnassignedAsync()).ShouldBe(0);
        (await _app.QueryAsync(db => db.RoutingAudit.CountAsync())).ShouldBe(audited, "A repeated 'nobody available' is not written again.");

        await _app.OnlineAsync(_cyd);
        (await Sweeps.ReofferUnassignedAsync()).ShouldBe(1);
        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.System))).ShouldBe(1);
    }

    [Fact]
    public async Task Reoffer_StopsAtTheFirstConversationNobodyCanTake_AndHandsOutOldestFirst()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea], limit: 2);
        var first = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var third = await NewConversationAsync();
        await _app.OnlineAsync(_bea);

        (await Sweeps.ReofferUnassignedAsync()).ShouldBe(2);

        (await _app.HolderAsync(first), await _app.HolderAsync(second), await _app.HolderAsync(third)).ShouldBe((_bea, _bea, null));
    }

    [Fact]
    public async Task Limit_IsNeverExceeded_AndExcludedStatusesFreeAPlace()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea], limit: 1, excluded: ExcludedFromLimit.WaitingForClient);
        await _app.OnlineAsync(_bea);
        var first = await NewConversationAsync();
        var second = await NewConversationAsync();

        (await _app.HolderAsync(first)).ShouldBe(_bea);
        (await _app.HolderAsync(second)).ShouldBeNull();
        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), second)).Error.ShouldBeOfType<AgentAtCapacity>();

        // Bea answers the first: waiting for the client no longer counts, so the second can be hers.
        await _app.Get<MessengerService>().SendAsync(Scenario.Agent(_bea), first, "Hello!", false);
        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), second)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ExcludedFromLimit.Answered)]
    [InlineData(ExcludedFromLimit.WaitingForClient)]
    [InlineData(ExcludedFromLimit.Closed)]
    public async Task Q6_ClosedConversationsAwaitingTheRating_TakeNoPlace_UnderAnyExclusion(ExcludedFromLimit excluded)
    {
        // Seed 003: each exclusion also leaves out the conversations closed and awaiting the client's rating — here one
        // closed without an answer, which "answered" alone would not leave out.
        await _scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 30);
        await ConfigureAsync(DistributionMode.Evenly, [_bea], limit: 1, excluded: excluded);
        await _app.OnlineAsync(_bea);
        var messenger = _app.Get<MessengerService>();
        var first = await NewConversationAsync();
        (await messenger.AcceptAsync(Scenario.Agent(_bea), first)).ShouldSucceed();
        var second = await NewConversationAsync();
        (await _app.HolderAsync(second)).ShouldBeNull("Bea's place is taken");

        (await messenger.CloseAsync(Scenario.Agent(_bea), first)).ShouldSucceed();

        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == first).Select(c => c.Status).SingleAsync())).ShouldBe(ConversationStatus.Closed);
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);
        (await LoadOfAsync(_bea)).ShouldBe(1, "the counters still hold the closed conversation; the limit leaves it out");
        (await messenger.AcceptAsync(Scenario.Agent(_bea), second)).ShouldSucceed();
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);
        var third = await NewConversationAsync();
        (await _app.HolderAsync(third)).ShouldBeNull("the open one counts");
    }

    [Fact]
    public async Task LoadCounters_FollowConversationsThroughTheirLife_AndTheChannelsDeletion()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd], limit: 3);
        await _app.OnlineAsync(_bea, _cyd);
        var messenger = _app.Get<MessengerService>();
        var first = await NewConversationAsync();
        var second = await NewConversationAsync();
        var holder = (await _app.HolderAsync(first))!.Value;
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);

        (await messenger.AcceptAsync(Scenario.Agent(holder), first)).Succeeded.ShouldBeTrue();
        (await messenger.SendAsync(Scenario.Agent(holder), first, "Hello!", false)).Succeeded.ShouldBeTrue();
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);
        (await LoadOfAsync(holder)).ShouldBe(1);

        (await messenger.CloseAsync(Scenario.Agent(holder), first)).Succeeded.ShouldBeTrue();
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);
        (await _app.Get<OpenChannels.Web.Features.Channels.GeneralSettingsService>().DeleteAsync(_scenario.ChannelId)).Value.ShouldBe(2);

        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(_app);
        (await LoadOfAsync(_bea) + await LoadOfAsync(_cyd)).ShouldBe(0);
        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.Id == first || c.Id == second))).ShouldBe(0);
    }

    [Fact]
    public async Task AlwaysMonitor_ClientWritesWhileTheAgentIsOffline_BackToTheQueue()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd], alwaysMonitor: true);
        await _app.OnlineAsync(_bea);
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), conversation);

        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        await _app.OnlineAsync(_cyd);
        await visitor.SayAsync("Still there?");

        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
        (await _app.QueryAsync(db => db.RoutingAudit.OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync())).Last().ShouldBe(RoutingTrigger.AgentOffline);
    }

    [Fact]
    public async Task DismissedOrVacationing_Agents_GiveTheirConversationsBack_AndOnlyThose()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd]);
        await _app.OnlineAsync(_bea, _cyd);
        var beas = await NewConversationAsync();
        var cyds = await NewConversationAsync();
        (await _app.HolderAsync(beas)).ShouldBe(_bea);
        var today = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        await _app.Get<OpenChannels.Web.Features.Employees.EmployeeService>().AddVacationAsync(_bea, today, today.AddDays(5));

        (await Sweeps.ReturnFromUnavailableAgentsAsync()).ShouldBe(1);

        (await _app.HolderAsync(beas)).ShouldBe(_cyd);
        (await _app.HolderAsync(cyds)).ShouldBe(_cyd);
        (await Sweeps.ReturnFromUnavailableAgentsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task J2_ADismissedAgent_GivesTheirConversationsBack()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd]);
        await _app.OnlineAsync(_bea, _cyd);
        var beas = await NewConversationAsync();
        (await _app.HolderAsync(beas)).ShouldBe(_bea);
        (await _app.Get<OpenChannels.Web.Features.Employees.EmployeeService>().DismissAsync(_bea, _scenario.Admin.EmployeeId)).ShouldSucceed();

        (await Sweeps.ReturnFromUnavailableAgentsAsync()).ShouldBe(1);

        (await _app.HolderAsync(beas)).ShouldBe(_cyd);
        (await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == beas).OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync()))
            .Last().ShouldBe(RoutingTrigger.AgentUnavailable);
    }

    [Fact]
    public async Task WeekOldConversations_AreClosed_AndNothingElse()
    {
        var old = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromDays(6));
        var recent = await NewConversationAsync();
        _app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        (await Sweeps.CloseStaleAsync()).ShouldBe(1);

        (await _app.QueryAsync(db => db.Conversations.Where(c => c.IsOpen).Select(c => c.Id).ToListAsync())).ShouldBe([recent]);
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == old).Select(c => c.IsOpen).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task IdleDeadline_SurvivesARestart()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var conversation = await NewConversationAsync();
        var app = _app.Restart();
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(3));
            await app.Get<AgentStatusService>().TouchAsync(_cyd);

            (await app.Get<RoutingSweeps>().TransferIdleOffersAsync()).ShouldBe(1);

            (await app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.AssignedEmployeeId).SingleAsync())).ShouldBe(_cyd);
        }
        finally
        {
            app.Dispose();
        }
    }

    [Fact]
    public async Task Q2_Evenly_AManualAcceptCounts_AsTheAgentsLastConversation()
    {
        await ConfigureAsync(DistributionMode.Evenly, [_bea, _cyd]);

        // Bea gets one by routing; then, with nobody online, one waits and Cyd accepts it by hand.
        await _app.OnlineAsync(_bea);
        (await _app.HolderAsync(await NewConversationAsync())).ShouldBe(_bea);
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        var waiting = await NewConversationAsync();
        (await _app.HolderAsync(waiting)).ShouldBeNull();
        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_cyd), waiting)).ShouldSucceed();

        // Both online: Bea has waited longest since her last conversation, so the next one is hers.
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _app.OnlineAsync(_bea, _cyd);
        (await _app.HolderAsync(await NewConversationAsync())).ShouldBe(_bea);
    }

    [Fact]
    public async Task Q2_ToAll_EveryEmployeeOfTheQueueSeesIt_OnlineOrNot_AndAnyOfThemCanTakeIt()
    {
        var outsider = await new Scenario(_app).AddAgentAsync("Dee");
        await ConfigureAsync(DistributionMode.ToAll, [_bea, _cyd]);
        await _app.OnlineAsync(_bea);

        var conversation = await NewConversationAsync();

        (await _app.HolderAsync(conversation)).ShouldBeNull();
        var queries = _app.Get<ConversationQueries>();
        foreach (var member in new[] { _bea, _cyd })
        {
            (await queries.ListAsync(Scenario.Agent(member))).ShouldContain(r => r.Id == conversation && r.Section == MessengerSection.Unanswered);
        }

        (await queries.ListAsync(Scenario.Agent(outsider))).ShouldNotContain(r => r.Id == conversation);
        var noAgent = DefaultTexts.For(ChannelLanguage.English, DefaultText.NoAgent);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation && m.Text == noAgent)))
            .ShouldBe(0, "someone is online, so nobody tells the client there is no agent");

        // Cyd is offline, but the conversation is offered to every employee of the queue: she takes it.
        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_cyd), conversation)).ShouldSucceed();
        (await _app.HolderAsync(conversation)).ShouldBe(_cyd);
        (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldFail();
    }

    private async Task ConfigureAsync(DistributionMode mode, int[] queue, int? limit = null, ExcludedFromLimit excluded = ExcludedFromLimit.None, bool alwaysMonitor = false)
    {
        await _scenario.ConfigureQueueAsync(form =>
        {
            form.Entries = queue.Select(id => new QueueFormEntry(id, null, string.Empty)).ToList();
            form.Mode = mode;
            form.IdleMinutes = 2;
            form.LimitConversations = limit is not null;
            form.Limit = limit ?? 5;
            form.ExcludeAnswered = excluded.HasFlag(ExcludedFromLimit.Answered);
            form.ExcludeWaitingForClient = excluded.HasFlag(ExcludedFromLimit.WaitingForClient);
            form.ExcludeClosed = excluded.HasFlag(ExcludedFromLimit.Closed);
            form.AlwaysMonitorAvailability = alwaysMonitor;
        });
    }


    private async Task<int> NewConversationAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        return await _app.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }

    private Task<int> LoadOfAsync(int agent) =>
        _app.QueryAsync(db => db.AgentLoads.Where(l => l.EmployeeId == agent).SumAsync(l => l.Count));
}
