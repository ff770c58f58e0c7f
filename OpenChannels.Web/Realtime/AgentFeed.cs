using System.Collections.Concurrent;

namespace OpenChannels.Web.Realtime;

/// <summary>
/// In-process fan-out of conversation events to the agents' open screens (M-7). Subscribers get every event
/// and re-read what they show through the same authorized queries, so the feed itself carries no secrets.
/// </summary>
public sealed class AgentFeed(ILogger<AgentFeed> logger)
{
    private readonly ConcurrentDictionary<Guid, Func<ConversationEvent, Task>> _subscribers = new();

    public IDisposable Subscribe(Func<ConversationEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = handler;
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    public void Publish(ConversationEvent conversationEvent)
    {
        foreach (var handler in _subscribers.Values)
        {
            _ = DeliverAsync(handler, conversationEvent);
        }
    }

    private async Task DeliverAsync(Func<ConversationEvent, Task> handler, ConversationEvent conversationEvent)
    {
        try
        {
            await handler(conversationEvent);
        }
        catch (Exception e)
        {
            // The kind and ids only: an event may carry what a client is typing, which never goes into a log.
            logger.LogWarning(e, "An agent screen failed to handle {Kind} of conversation {ConversationId}", conversationEvent.Kind, conversationEvent.ConversationId);
        }
    }
}
