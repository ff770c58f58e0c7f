using OpenChannels.Domain.Notifications;

namespace OpenChannels.Web.Features.Notifications;

/// <summary>One notification as the bell lists it.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, int ConversationId, string Text, DateTimeOffset CreatedAt, bool IsRead)
{
    public static NotificationRow From(Notification n) => new(n.Id, n.Kind, n.ConversationId, n.Text, n.CreatedAt, n.IsRead);

    /// <summary>Where opening it leads: the conversation it is about.</summary>
    public string Link => $"/contact-center/{ConversationId}";
}
