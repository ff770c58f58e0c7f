using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>K-1 through the real app: each reply stores its response time with the message, in the same transaction.</summary>
public sealed class ResponseTimesTests() : ScenarioTest("Bea")
{
    [Fact]
    public async Task Replies_StoreTheInitialTotalAverageAndMaximum_NotesDoNot()
    {
        var bea = Scenario.Agent(await App.EmployeeIdAsync("bea@example.test"));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello?");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var messenger = App.Get<MessengerService>();

        App.Clock.Advance(TimeSpan.FromSeconds(75));
        (await messenger.SendAsync(bea, conversation, "Looking into it.", asNote: true)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        (await messenger.SendAsync(bea, conversation, "Hi! How can I help?", asNote: false)).ShouldSucceed();
        await visitor.SayAsync("Where is my order?");
        App.Clock.Advance(TimeSpan.FromSeconds(20));
        (await messenger.SendAsync(bea, conversation, "It ships today.", asNote: false)).ShouldSucceed();

        var times = await App.QueryAsync(db => db.Conversations.Select(c => c.Responses).SingleAsync());
        (times.InitialSeconds, times.Count, times.TotalSeconds, times.MaxSeconds, times.WaitingSince).ShouldBe((80, 2, 100L, 80, (DateTimeOffset?)null));
        times.AverageSeconds.ShouldBe(50);
    }
}
