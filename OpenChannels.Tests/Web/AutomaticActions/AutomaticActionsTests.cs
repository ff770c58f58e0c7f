using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.AutomaticActions;

public sealed class AutomaticActionsTests() : ScenarioTest
{
    private static readonly string Greeting = DefaultTexts.For(ChannelLanguage.English, DefaultText.Greeting);


    private MessengerService Messenger => App.Get<MessengerService>();

    [Theory]
    [InlineData(GreetingMode.Off, 0)]
    [InlineData(GreetingMode.FirstContact, 1)]
    [InlineData(GreetingMode.EveryConversation, 2)]
    public async Task Greeting_FollowsTheChosenMode_OverTwoConversations(GreetingMode mode, int greetings)
    {
        await ConfigureAsync(f => f.Greeting = mode);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("First question");
        await visitor.SayAsync("And another thing");
        var first = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await Messenger.CloseAsync(Scenario.Admin, first);
        await visitor.SayAsync("Back again");

        (await visitor.HistoryAsync()).Count(m => m.Text == Greeting).ShouldBe(greetings);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task ClosingText_IsSentWhenAnAgentCloses()
    {
        await ConfigureAsync(f => (f.ClosingReply, f.ClosingText) = (true, "Thanks, bye!"));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        (await Messenger.CloseAsync(Scenario.Admin, conversation)).Succeeded.ShouldBeTrue();

        (await visitor.HistoryAsync()).Last().Text.ShouldBe("Thanks, bye!");
    }

    [Fact]
    public async Task Timeout_ClosesOnceAtTheRightTime_WithTheText()
    {
        await ConfigureAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes, f.TimeoutReply) = (true, 30, true));
        var conversation = await AnsweredConversationAsync();
        var sweeps = App.Get<RoutingSweeps>();

        App.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        (await sweeps.CloseTimedOutAsync()).ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await sweeps.CloseTimedOutAsync()).ShouldBe(1);
        (await sweeps.CloseTimedOutAsync()).ShouldBe(0);

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.IsOpen).SingleAsync())).ShouldBeFalse();
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Text == DefaultTexts.For(ChannelLanguage.English, DefaultText.Timeout)))).ShouldBe(1);
    }

    [Fact]
    public async Task Timeout_DoesNotFire_WhenTheClientAnswered()
    {
        await ConfigureAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes) = (true, 30));
        var conversation = await AnsweredConversationAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(20));

        await App.QueryAsync(async db =>
        {
            var c = await db.Conversations.SingleAsync(x => x.Id == conversation);
            c.RecordClientMessage("Thanks, still thinking", App.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        App.Clock.Advance(TimeSpan.FromHours(2));

        (await App.Get<RoutingSweeps>().CloseTimedOutAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Timeout_Deadline_SurvivesARestart()
    {
        await ConfigureAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes) = (true, 30));
        var conversation = await AnsweredConversationAsync();
        var app = App.Restart();
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(31));

            (await app.Get<RoutingSweeps>().CloseTimedOutAsync()).ShouldBe(1);
            (await app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.IsOpen).SingleAsync())).ShouldBeFalse();
        }
        finally
        {
            app.Dispose();
        }
    }

    [Fact]
    public async Task A1_TheGreeting_DoesNotHideWhatTheClientWrote_InTheConversationList()
    {
        await ConfigureAsync(form => form.Greeting = GreetingMode.EveryConversation);

        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Where is my order?");

        var row = (await App.Get<ConversationQueries>().ListAsync(Scenario.Admin)).Single();
        row.Preview.ShouldBe("Where is my order?");
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Text == Greeting))).ShouldBe(1);
    }

    [Fact]
    public async Task Timeout_OutsideOneMinuteToSevenDays_IsRefused()
    {
        var actions = App.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        form.TimeoutEnabled = true;
        form.TimeoutMinutes = 0;

        (await actions.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("Enter between 1 minute and 7 days (10080 minutes).");
    }

    private async Task<int> AnsweredConversationAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Does that help?", asNote: false)).Succeeded.ShouldBeTrue();
        return conversation;
    }

    private async Task ConfigureAsync(Action<AutomaticActionsForm> change)
    {
        var actions = App.Get<AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        change(form);
        (await actions.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
