using OpenChannels.Domain.Common;
using OpenChannels.Domain.Notifications;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Features.Notifications;

/// <summary>After each committed write: the new notifications, and the read ones, to their employees' open tabs.</summary>
public sealed class NotificationPushes(NotificationFeed feed) : IDomainEventHandler
{
    public Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var added in events.OfType<NotificationAdded>())
        {
            feed.Publish(added.Notification.EmployeeId, NotificationRow.From(added.Notification));
        }

        foreach (var employeeId in events.OfType<NotificationsRead>().Select(r => r.EmployeeId).Distinct())
        {
            feed.Publish(employeeId, null);
        }

        return Task.CompletedTask;
    }
}
