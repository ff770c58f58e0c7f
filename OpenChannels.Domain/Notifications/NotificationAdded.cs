using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Notifications;

/// <summary>A notification was stored for an employee: their open tabs show it at once.</summary>
public sealed record NotificationAdded(Notification Notification) : IDomainEvent;
