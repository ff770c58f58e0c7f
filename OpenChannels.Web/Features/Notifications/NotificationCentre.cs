namespace OpenChannels.Web.Features.Notifications;

/// <summary>What the bell shows: the newest notifications and how many are unread.</summary>
public sealed record NotificationCentre(IReadOnlyList<NotificationRow> Newest, int Unread)
{
    public static readonly NotificationCentre Empty = new([], 0);
}
