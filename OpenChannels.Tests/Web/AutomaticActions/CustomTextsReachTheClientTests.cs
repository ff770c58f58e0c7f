using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Web.AutomaticActions;

/// <summary>
/// The channel's own automatic texts, as the client's widget receives them (the defaults are tested elsewhere).
/// The test clock stands at Monday 23 Nov 2026, 09:00 UTC.
/// </summary>
public sealed class CustomTextsReachTheClientTests() : ScenarioTest
{
    [Fact]
    public async Task A1_ACustomGreeting_IsWhatTheClientIsGreetedWith()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => (f.Greeting, f.GreetingText) = (GreetingMode.EveryConversation, "Welcome to Acme!"));
        await OnlineAsync();

        var visitor = await SayHelloAsync();

        (await SystemTextsAsync(visitor)).ShouldBe(["Welcome to Acme!"]);
    }

    [Fact]
    public async Task H2_ACustomOutOfHoursText_IsSentOutsideWorkingHours()
    {
        await ScheduleAsync(opens: 10, f => f.OutOfHoursText = "We open at 10.");

        var visitor = await SayHelloAsync();

        (await SystemTextsAsync(visitor)).ShouldBe(["We open at 10."]);
    }

    [Fact]
    public async Task H2_TheOutOfHoursReplyTurnedOff_SendsNothing()
    {
        await ScheduleAsync(opens: 10, f => (f.OutOfHoursReply, f.OutOfHoursText) = (false, "We open at 10."));
        await OnlineAsync();

        var visitor = await SayHelloAsync();

        (await SystemTextsAsync(visitor)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Q11_ACustomNoAgentText_IsSentWhenNobodyCanAnswer()
    {
        await ScheduleAsync(opens: 8, f => f.NoAgentText = "Everyone is busy, we will write back.");

        var visitor = await SayHelloAsync();

        (await SystemTextsAsync(visitor)).ShouldBe(["Everyone is busy, we will write back."]);
    }

    [Fact]
    public async Task A7_ACustomTimeoutText_IsSentWhenTheConversationTimesOut()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes, f.TimeoutReply, f.TimeoutText) = (true, 30, true, "Closing this chat for now."));
        await OnlineAsync();
        var visitor = await SayHelloAsync();
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, "Anything else?", asNote: false)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        (await App.Get<RoutingSweeps>().CloseTimedOutAsync()).ShouldBe(1);

        (await SystemTextsAsync(visitor)).ShouldBe(["Closing this chat for now."]);
    }

    [Fact]
    public async Task A4_ACustomUnansweredText_IsSentWhenNobodyAnsweredInTime()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f =>
            (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction, f.UnansweredText) = (true, 10, UnansweredAction.AutoReply, "Sorry for the wait."));
        await OnlineAsync();
        var visitor = await SayHelloAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        (await App.Get<RoutingSweeps>().MarkUnansweredAsync()).ShouldBe(1);

        (await SystemTextsAsync(visitor)).ShouldBe(["Sorry for the wait."]);
    }

    /// <summary>Someone can answer, so the only automatic text is the one under test (no "no agent" text).</summary>
    private Task OnlineAsync() => App.Get<AgentStatusService>().TouchAsync(Scenario.Admin.EmployeeId);

    private async Task<WidgetVisitor> SayHelloAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello?");
        return visitor;
    }

    private static async Task<IReadOnlyList<string>> SystemTextsAsync(WidgetVisitor visitor) =>
        (await visitor.HistoryAsync()).Where(m => m.Kind == "system").Select(m => m.Text).ToList();

    private async Task ScheduleAsync(int opens, Action<WorkingHoursForm> change)
    {
        var hours = App.Get<WorkingHoursService>();
        var form = (await hours.GetAsync(Scenario.ChannelId))!;
        form.Enabled = true;
        form.TimeZone = "Etc/UTC";
        form.Opens = TimeSpan.FromHours(opens);
        form.Closes = TimeSpan.FromHours(18);
        form.DaysOff = [DayOfWeek.Sunday];
        change(form);
        (await hours.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
    }
}
