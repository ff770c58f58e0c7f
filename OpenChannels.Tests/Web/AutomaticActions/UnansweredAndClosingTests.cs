using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.AutomaticActions;

public sealed class UnansweredAndClosingTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;

    private RoutingSweeps Sweeps => _app.Get<RoutingSweeps>();

    public async Task InitializeAsync() => _scenario = await Scenario.CreateAsync(_app, "Website", "Bea");

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Unanswered_IsMarkedNMinutesAfterTheFirstMessage_AndTheReplyIsSentOnce()
    {
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.AutoReply));
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await visitor.SayAsync("Still there?");

        _app.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(1);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);

        (await visitor.HistoryAsync()).Count(m => m.Text == DefaultTexts.For(ChannelLanguage.English, DefaultText.Unanswered)).ShouldBe(1);
        (await _app.Get<ConversationQueries>().ListAsync(_scenario.Admin)).ShouldHaveSingleItem().IsOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Answered_InTime_IsNeverMarked()
    {
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.AutoReply));
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, "Hi!", false);

        _app.Clock.Advance(TimeSpan.FromHours(1));

        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task BackToQueue_CirculatesUntilSomeoneAnswers()
    {
        var bea = await _app.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Bea").Select(e => e.Id).SingleAsync());
        await _scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.BackToQueue));
        await _app.Get<AgentStatusService>().TouchAsync(_scenario.Admin.EmployeeId);
        await _app.Get<AgentStatusService>().TouchAsync(bea);
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var first = await HolderAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await _app.Get<AgentStatusService>().TouchAsync(_scenario.Admin.EmployeeId);
        await _app.Get<AgentStatusService>().TouchAsync(bea);
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(1);
        var second = await HolderAsync();

        second.ShouldNotBe(first);
        (await _app.QueryAsync(db => db.Conversations.Select(c => c.UnansweredDueAt).SingleAsync())).ShouldBe(_app.Clock.GetUtcNow().AddMinutes(10));
        (await _app.QueryAsync(db => db.RoutingAudit.OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync())).Last().ShouldBe(RoutingTrigger.Unanswered);
    }

    [Fact]
    public async Task BackToQueue_NeedsEvenly_BothWays()
    {
        await _scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.StrictlyInOrder);
        var actions = _app.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(_scenario.ChannelId))!;
        (form.UnansweredEnabled, form.UnansweredAction) = (true, UnansweredAction.BackToQueue);
        (await actions.SaveAsync(_scenario.ChannelId, form)).Error!.Message.ShouldBe("\"Put back in the queue\" needs the Evenly distribution (Queue tab).");

        await _scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        (await actions.SaveAsync(_scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
        var queue = (await _app.Get<QueueSettingsService>().GetAsync(_scenario.ChannelId))!;
        queue.Mode = DistributionMode.ToAll;
        (await _app.Get<QueueSettingsService>().SaveAsync(_scenario.ChannelId, queue)).Error!.Message.ShouldStartWith("Unanswered conversations are set to go back to the queue");
    }

    [Fact]
    public async Task RatingWindow_KeepsItClosedAndCounting_ThenFullyCloses()
    {
        await ConfigureAsync(f => f.FullCloseMinutes = 15);
        await _scenario.ConfigureQueueAsync(f => (f.LimitConversations, f.Limit) = (true, 1));
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var messenger = _app.Get<MessengerService>();
        await messenger.AcceptAsync(_scenario.Admin, conversation);
        await messenger.CloseAsync(_scenario.Admin, conversation);
        await (await WidgetVisitor.StartAsync(_app, _scenario.Key)).SayAsync("Me too");
        var second = await _app.QueryAsync(db => db.Conversations.Where(c => c.Id != conversation).Select(c => c.Id).SingleAsync());

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.Closed);
        (await messenger.AcceptAsync(_scenario.Admin, second)).Error.ShouldBeOfType<AgentAtCapacity>();

        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        (await Sweeps.FullyCloseAsync()).ShouldBe(1);

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.FullyClosed);
        (await messenger.AcceptAsync(_scenario.Admin, second)).Succeeded.ShouldBeTrue();
    }

    private Task<int?> HolderAsync() => _app.QueryAsync(db => db.Conversations.Select(c => c.AssignedEmployeeId).SingleAsync());

    private Task<ConversationStatus> StatusAsync(int id) => _app.QueryAsync(db => db.Conversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private async Task ConfigureAsync(Action<AutomaticActionsForm> change)
    {
        var actions = _app.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(_scenario.ChannelId))!;
        change(form);
        (await actions.SaveAsync(_scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
