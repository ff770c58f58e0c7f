using System.Collections.Concurrent;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Notifications;

/// <summary>
/// In-process fan-out of each employee's notifications to their open tabs: a new one (to show, and to pass to the
/// browser), or a change of what is read (null). Each tab hears only its own employee's.
/// </summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger)
{
    private readonly ConcurrentDictionary<Guid, (int EmployeeId, Func<NotificationRow?, Task> Handler)> _subscribers = new();

    public IDisposable Subscribe(int employeeId, Func<NotificationRow?, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = (employeeId, handler);
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    public void Publish(int employeeId, NotificationRow? added)
    {
        foreach (var (owner, handler) in _subscribers.Values)
        {
            if (owner == employeeId)
            {
                _ = DeliverAsync(handler, added);
            }
        }
    }

    private async Task DeliverAsync(Func<NotificationRow?, Task> handler, NotificationRow? added)
    {
        try
        {
            await handler(added);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A tab failed to show notification {NotificationId}", added?.Id);
        }
    }
}
