using System.Text.Json;
using System.Threading.Channels;

namespace OpenChannels.Web.Realtime;

/// <summary>
/// One Server-Sent Events loop for both live streams (the visitor's widget and the agent API): the headers, a first
/// comment so the client knows it is connected, each event as JSON, and a comment every 25 s so that proxies keep an
/// idle stream open. It ends when the client leaves or the source completes.
/// </summary>
public static class ServerSentEvents
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Streams what <paramref name="events"/> yields; <paramref name="format"/> turns an item into the event's name and
    /// payload, or null to skip it (an event the caller may not see).
    /// </summary>
    public static async Task StreamAsync<T>(HttpContext http, ChannelReader<T> events, Func<T, Task<(string Name, object Payload)?>> format)
    {
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
                heartbeat.CancelAfter(KeepAlive);
                try
                {
                    if (await format(await events.ReadAsync(heartbeat.Token)) is { } item)
                    {
                        var json = JsonSerializer.Serialize(item.Payload, JsonSerializerOptions.Web);
                        await http.Response.WriteAsync($"event: {item.Name}\ndata: {json}\n\n", cancel);
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
            // The client left; the subscription ends with this request.
        }
        catch (ChannelClosedException)
        {
            // The source ended the stream.
        }
    }
}
