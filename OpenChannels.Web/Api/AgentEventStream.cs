using System.Threading.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Api;

/// <summary>
/// M-7 for integrations: the same live events the Contact center receives, as Server-Sent Events, for the
/// conversations the caller may see. Each event names the conversation, what happened and the message; the
/// caller reads the details through the REST API, under the same rules.
/// </summary>
public static class AgentEventStream
{
    // A caller that stops reading must not make the server hold events without bound: the oldest are dropped,
    // and the caller can always re-read the conversation list.
    private const int Backlog = 1000;

    public static async Task StreamAsync(HttpContext http, Viewer viewer, AgentFeed feed, ConversationQueries conversations)
    {
        var events = Channel.CreateBounded<ConversationEvent>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = feed.Subscribe(e =>
        {
            events.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        await ServerSentEvents.StreamAsync(http, events.Reader, async item => await conversations.CanSeeAsync(viewer, item.ConversationId)
            ? ("conversation", new { item.ConversationId, Kind = item.Kind.ToString(), item.MessageId, item.TypingText, item.IsTyping })
            : null);
    }
}
