using System.Text.Json;
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
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var cancel = http.RequestAborted;
        try
        {
            await http.Response.WriteAsync(": connected\n\n", cancel);
            await http.Response.Body.FlushAsync(cancel);
            while (!cancel.IsCancellationRequested)
            {
                using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                heartbeat.CancelAfter(TimeSpan.FromSeconds(25));
                try
                {
                    var item = await events.Reader.ReadAsync(heartbeat.Token);
                    if (await conversations.CanSeeAsync(viewer, item.ConversationId))
                    {
                        var payload = new { item.ConversationId, Kind = item.Kind.ToString(), item.MessageId, item.TypingText };
                        await http.Response.WriteAsync($"event: conversation\ndata: {JsonSerializer.Serialize(payload, JsonSerializerOptions.Web)}\n\n", cancel);
                    }
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", cancel);
                }

                await http.Response.Body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The caller disconnected.
        }
    }
}
