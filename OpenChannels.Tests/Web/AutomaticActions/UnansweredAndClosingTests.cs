using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.AutomaticActions;

public sealed class UnansweredAndClosingTests() : ScenarioTest("Bea")
{

    private RoutingSweeps Sweeps => App.Get<RoutingSweeps>();

    [Fact]
    public async Task Unanswered_IsMarkedNMinutesAfterTheFirstMessage_AndTheReplyIsSentOnce()
    {
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.AutoReply));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await visitor.SayAsync("Still there?");

        App.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(1);
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);

        (await visitor.HistoryAsync()).Count(m => m.Text == DefaultTexts.For(ChannelLanguage.English, DefaultText.Unanswered)).ShouldBe(1);
        (await App.Get<ConversationQueries>().ListAsync(Scenario.Admin)).ShouldHaveSingleItem().IsOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Answered_InTime_IsNeverMarked()
    {
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.AutoReply));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, "Hi!", false);

        App.Clock.Advance(TimeSpan.FromHours(1));

        (await Sweeps.MarkUnansweredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task BackToQueue_CirculatesUntilSomeoneAnswers()
    {
        var bea = await App.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Bea").Select(e => e.Id).SingleAsync());
        await Scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        await ConfigureAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.BackToQueue));
        await App.Get<AgentStatusService>().TouchAsync(Scenario.Admin.EmployeeId);
        await App.Get<AgentStatusService>().TouchAsync(bea);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var first = await HolderAsync();

        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.Get<AgentStatusService>().TouchAsync(Scenario.Admin.EmployeeId);
        await App.Get<AgentStatusService>().TouchAsync(bea);
        (await Sweeps.MarkUnansweredAsync()).ShouldBe(1);
        var second = await HolderAsync();

        second.ShouldNotBe(first);
        (await App.QueryAsync(db => db.Conversations.Select(c => c.UnansweredDueAt).SingleAsync())).ShouldBe(App.Clock.GetUtcNow().AddMinutes(10));
        (await App.QueryAsync(db => db.RoutingAudit.OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync())).Last().ShouldBe(RoutingTrigger.Unanswered);
    }

    [Fact]
    public async Task BackToQueue_NeedsEvenly_BothWays()
    {
        await Scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.StrictlyInOrder);
        var actions = App.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        (form.UnansweredEnabled, form.UnansweredAction) = (true, UnansweredAction.BackToQueue);
        (await actions.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("\"Put back in the queue\" needs the Evenly distribution (Queue tab).");

        await Scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        (await actions.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
        var queue = (await App.Get<QueueSettingsService>().GetAsync(Scenario.ChannelId))!;
        queue.Mode = DistributionMode.ToAll;
        (await App.Get<QueueSettingsService>().SaveAsync(Scenario.ChannelId, queue)).ShouldFail().Message.ShouldStartWith("Unanswered conversations are set to go back to the queue");
    }

    [Fact]
    public async Task RatingWindow_KeepsItClosedAndCounting_ThenFullyCloses()
    {
        // with no status excluded, a closed conversation awaiting the rating counts until it is fully closed
        // (any exclusion would leave it out: RoutingTests.Q6_ClosedConversationsAwaitingTheRating_TakeNoPlace_UnderAnyExclusion).
        await ConfigureAsync(f => f.FullCloseMinutes = 15);
        await Scenario.ConfigureQueueAsync(f => (f.LimitConversations, f.Limit) = (true, 1));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var messenger = App.Get<MessengerService>();
        await messenger.AcceptAsync(Scenario.Admin, conversation);
        await messenger.CloseAsync(Scenario.Admin, conversation);
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Me too");
        var second = await App.QueryAsync(db => db.Conversations.Where(c => c.Id != conversation).Select(c => c.Id).SingleAsync());

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.Closed);
        (await messenger.AcceptAsync(Scenario.Admin, second)).Error.ShouldBeOfType<AgentAtCapacity>();

        App.Clock.Advance(TimeSpan.FromMinutes(15));
        (await Sweeps.FullyCloseAsync()).ShouldBe(1);

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.FullyClosed);
        (await messenger.AcceptAsync(Scenario.Admin, second)).Succeeded.ShouldBeTrue();
    }

    private Task<int?> HolderAsync() => App.QueryAsync(db => db.Conversations.Select(c => c.AssignedEmployeeId).SingleAsync());

    private Task<ConversationStatus> StatusAsync(int id) => App.QueryAsync(db => db.Conversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private async Task ConfigureAsync(Action<AutomaticActionsForm> change)
    {
        var actions = App.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        change(form);
        (await actions.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
