using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Jobs;

/// <summary>
/// J-4 with a job store that may run a job twice: every sweep runs three times at once over the same due rows — twice
/// in one app, once in a second app on the same data folder (another writer gate, as another instance has) — and
/// changes each row exactly once.
/// </summary>
public sealed class SweepConcurrencyTests : IAsyncLifetime
{
    private const int Conversations = 12;

    private readonly TestApp _app = new();
    private TestApp? _second;
    private Scenario _scenario = default!;
    private int _bea;

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website", "Bea");
        _bea = await _app.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Bea").Select(e => e.Id).SingleAsync());
    }

    [Fact]
    public async Task UnansweredMark_RacingItself_RepliesOncePerConversation()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.AutoReply));
        await ArriveAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(10));

        (await RaceAsync(s => s.MarkUnansweredAsync())).ShouldBe(Conversations);

        await ShouldSayOnceEachAsync(DefaultTexts.For(ChannelLanguage.English, DefaultText.Unanswered));
    }

    [Fact]
    public async Task ClientTimeout_RacingItself_ClosesOnceWithOneText()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes, f.TimeoutReply) = (true, 60, true));
        foreach (var id in await ArriveAsync())
        {
            (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, id, "How can I help?", false)).Succeeded.ShouldBeTrue();
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(60));

        (await RaceAsync(s => s.CloseTimedOutAsync())).ShouldBe(Conversations);

        await ShouldSayOnceEachAsync(DefaultTexts.For(ChannelLanguage.English, DefaultText.Timeout));
        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.IsOpen))).ShouldBe(0);
    }

    [Fact]
    public async Task FullClose_RacingItself_FullyClosesEachOnce()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 30);
        foreach (var id in await ArriveAsync())
        {
            (await _app.Get<MessengerService>().CloseAsync(_scenario.Admin, id)).Succeeded.ShouldBeTrue();
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(30));

        (await RaceAsync(s => s.FullyCloseAsync())).ShouldBe(Conversations);

        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.Status == ConversationStatus.FullyClosed))).ShouldBe(Conversations);
    }

    [Fact]
    public async Task RatingTimeLimit_RacingItself_WithdrawsEachRequestOnce()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 60);
        (await _app.Get<OpenChannels.Web.Features.Rating.RatingSettingsService>().SaveAsync(
            _scenario.ChannelId, new OpenChannels.Web.Features.Rating.RatingForm { AskClient = true, TimeLimitOn = true, TimeLimitMinutes = 10 })).ShouldSucceed();
        foreach (var id in await ArriveAsync())
        {
            (await _app.Get<MessengerService>().CloseAsync(_scenario.Admin, id)).ShouldSucceed();
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(10));

        (await RaceAsync(s => s.WithdrawLateRatingRequestsAsync())).ShouldBe(Conversations);

        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.RatingWithdrawnAt != null && c.RatingDueAt == null))).ShouldBe(Conversations);
    }

    [Fact]
    public async Task StaleClose_RacingItself_ClosesEachOnce()
    {
        await ArriveAsync();
        _app.Clock.Advance(TimeSpan.FromDays(8));

        (await RaceAsync(s => s.CloseStaleAsync())).ShouldBe(Conversations);

        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.IsOpen))).ShouldBe(0);
    }

    [Fact]
    public async Task IdleOffers_RacingThemselves_PassEachOfferOnOnce()
    {
        await _scenario.ConfigureQueueAsync(f => (f.Mode, f.IdleMinutes) = (DistributionMode.StrictlyInOrder, 1));
        await TouchAgentsAsync();
        await ArriveAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await TouchAgentsAsync();

        (await RaceAsync(s => s.TransferIdleOffersAsync())).ShouldBe(Conversations);

        await ShouldBeRoutedOnceEachAsync(RoutingTrigger.IdleTimeElapsed);
    }

    [Fact]
    public async Task Reoffer_RacingItself_OffersEachConversationOnce()
    {
        await _scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        await ArriveAsync();
        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.AssignedEmployeeId == null))).ShouldBe(Conversations, "nobody was online");
        await TouchAgentsAsync();

        (await RaceAsync(s => s.ReofferUnassignedAsync())).ShouldBe(Conversations);

        await ShouldBeRoutedOnceEachAsync(RoutingTrigger.Reoffer);
    }

    [Fact]
    public async Task ReturnFromUnavailableAgents_RacingItself_ReturnsEachConversationOnce()
    {
        await _scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        foreach (var id in await ArriveAsync())
        {
            (await _app.Get<MessengerService>().AcceptAsync(Scenario.Agent(_bea), id)).Succeeded.ShouldBeTrue();
        }

        (await _app.Get<EmployeeService>().DismissAsync(_bea, actingEmployeeId: null)).Succeeded.ShouldBeTrue();

        (await RaceAsync(s => s.ReturnFromUnavailableAgentsAsync())).ShouldBe(Conversations);

        await ShouldBeRoutedOnceEachAsync(RoutingTrigger.AgentUnavailable);
    }

    /// <summary>Runs the sweep twice in this app and once in a second app on the same files, all at once; the total handled.</summary>
    private async Task<int> RaceAsync(Func<RoutingSweeps, Task<int>> sweep)
    {
        _second ??= new TestApp(dataDirectory: _app.DataDirectory, clock: _app.Clock);
        var here = _app.Get<RoutingSweeps>();
        var there = _second.Get<RoutingSweeps>();
        var handled = await Task.WhenAll(Task.Run(() => sweep(here)), Task.Run(() => sweep(here)), Task.Run(() => sweep(there)));
        (await sweep(here)).ShouldBe(0, "nothing is left for a later run");
        return handled.Sum();
    }

    private async Task<List<int>> ArriveAsync()
    {
        for (var i = 0; i < Conversations; i++)
        {
            await (await WidgetVisitor.StartAsync(_app, _scenario.Key)).SayAsync($"Hello {i}");
        }

        return await _app.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
    }

    private async Task TouchAgentsAsync()
    {
        await _app.Get<AgentStatusService>().TouchAsync(_scenario.Admin.EmployeeId);
        await _app.Get<AgentStatusService>().TouchAsync(_bea);
    }

    private async Task ShouldSayOnceEachAsync(string text)
    {
        var counts = await _app.QueryAsync(db => db.Messages.Where(m => m.Text == text).GroupBy(m => m.ConversationId).Select(g => g.Count()).ToListAsync());
        counts.Count.ShouldBe(Conversations);
        counts.ShouldAllBe(count => count == 1);
    }

    private async Task ShouldBeRoutedOnceEachAsync(RoutingTrigger trigger)
    {
        var counts = await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.Trigger == trigger).GroupBy(a => a.ConversationId).Select(g => g.Count()).ToListAsync());
        counts.Count.ShouldBe(Conversations);
        counts.ShouldAllBe(count => count == 1);
    }

    public Task DisposeAsync()
    {
        _second?.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
