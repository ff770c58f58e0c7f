using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Notifications;

/// <summary>An employee read some of their notifications: the unread count in their other tabs follows.</summary>
public sealed record NotificationsRead(int EmployeeId) : IDomainEvent;
