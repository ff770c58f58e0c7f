using OpenChannels.Domain.Notifications;

namespace OpenChannels.Web.Features.Notifications;

/// <summary>One notification as the bell lists it.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, int? ConversationId, int? ExportId, string Text, DateTimeOffset CreatedAt, bool IsRead)
{
    public static NotificationRow From(Notification n) => new(n.Id, n.Kind, n.ConversationId, n.ExportId, n.Text, n.CreatedAt, n.IsRead);

    /// <summary>A ready export's file is downloaded, not opened in the app.</summary>
    public bool IsDownload => Kind == NotificationKind.ExportReady;

    /// <summary>Where opening it leads: the conversation it is about, an export's file, or the conversation list.</summary>
    public string Link => Kind switch
    {
        NotificationKind.ExportReady => $"/conversations/exports/{ExportId}",
        NotificationKind.ExportFailed => "/conversations",
        _ => $"/contact-center/{ConversationId}",
    };
}
