using System.Collections.Concurrent;
using System.Net.Http.Json;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>A-9: agents read the client's text as it is typed, unless the channel turned live typing off.</summary>
public sealed class LiveTypingTests() : ScenarioTest("Bea")
{
    private readonly ConcurrentQueue<ConversationEvent> _seen = new();

    [Fact]
    public async Task A9_On_ByDefault_AgentsGetTheTextAsItIsTyped()
    {
        var visitor = await VisitorAsync();
        using var watching = WatchTyping();

        await TypeAsync(visitor, "Where is my ord");
        await TypeAsync(visitor, string.Empty);

        _seen.Select(e => (e.IsTyping, e.TypingText)).ShouldBe([(true, "Where is my ord"), (false, string.Empty)]);
    }

    [Fact]
    public async Task A9_Off_AgentsOnlyLearnThatTheClientIsTyping()
    {
        await Scenario.ConfigureAutomaticActionsAsync(form => form.LiveTyping = false);
        var visitor = await VisitorAsync();
        using var watching = WatchTyping();

        await TypeAsync(visitor, "My card number is 4242");
        await TypeAsync(visitor, string.Empty);

        _seen.Select(e => (e.IsTyping, e.TypingText)).ShouldBe([(true, (string?)null), (false, null)]);
    }

    private async Task<WidgetVisitor> VisitorAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        return visitor;
    }

    private IDisposable WatchTyping() => App.Get<AgentFeed>().Subscribe(e =>
    {
        if (e.Kind == ConversationEventKind.ClientTyping)
        {
            _seen.Enqueue(e);
        }

        return Task.CompletedTask;
    });

    private static async Task TypeAsync(WidgetVisitor visitor, string text) =>
        (await visitor.Http.PostAsJsonAsync($"{visitor.Base}/typing", new { text })).EnsureSuccessStatusCode();
}
