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

    /// <summary>How often an open stream checks that its token and its user still hold (each event checks the rights, P-6).</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(30);

    public static async Task StreamAsync(HttpContext http, Viewer viewer, AgentFeed feed, ConversationQueries conversations, TimeProvider clock)
    {
        var events = Channel.CreateBounded<ConversationEvent>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = feed.Subscribe(e =>
        {
            events.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var watch = EndWhenNoLongerValidAsync(http, viewer, events.Writer, clock, stop.Token);
        await ServerSentEvents.StreamAsync(http, events.Reader, async item => await conversations.CanSeeAsync(viewer, item.ConversationId)
            ? ("conversation", new { item.ConversationId, Kind = item.Kind.ToString(), item.MessageId, item.TypingText, item.IsTyping })
            : null);
        await stop.CancelAsync();
        await watch;
    }

    /// <summary>
    /// A revoked or expired token or a dismissed user ends the stream within <see cref="Recheck"/>. A change of access
    /// rights needs no reconnection: every event is checked against the rights of the moment.
    /// </summary>
    private static async Task EndWhenNoLongerValidAsync(
        HttpContext http, Viewer viewer, ChannelWriter<ConversationEvent> events, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Recheck, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (!await StillValidAsync(http, viewer))
                {
                    events.TryComplete();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended first.
        }
    }

    /// <summary>The token still exists (not revoked, not expired) and its user is not locked out.</summary>
    private static async Task<bool> StillValidAsync(HttpContext http, Viewer viewer)
    {
        // Fresh services: the request's authentication result is cached for its lifetime.
        await using var scope = http.RequestServices.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Identity.AppUser>>();
        var user = await Identity.ApiTokenAuthentication.ActiveUserAsync(
            http.Request.Headers.Authorization.ToString(), scope.ServiceProvider.GetRequiredService<Identity.ApiTokenService>(), users);
        return user is not null && user.EmployeeId == viewer.EmployeeId;
    }
}
