using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Notifications;

/// <summary>
/// One message for one employee in their notification centre: a late answer (K-2), a mention in a note, or a background export. Its text is
/// written once, in the language of the conversation's channel (O-5), and it points at the conversation it is about.
/// </summary>
public sealed class Notification : AggregateRoot
{
    public const int TextMaxLength = 2000;

    private Notification()
    {
    }

    private Notification(int employeeId, NotificationKind kind, int? conversationId, int? authorEmployeeId, string text, DateTimeOffset at, int? exportId = null)
    {
        EmployeeId = employeeId;
        Kind = kind;
        ConversationId = conversationId;
        ExportId = exportId;
        AuthorEmployeeId = authorEmployeeId;
        Text = text.Length <= TextMaxLength ? text : text[..(TextMaxLength - 1)] + "…";
        CreatedAt = at;
        AddDomainEvent(new NotificationAdded(this));
    }

    public long Id { get; private set; }

    /// <summary>Whose notification it is; nobody else ever sees it.</summary>
    public int EmployeeId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The conversation it is about; opening the notification opens it. Null for an export's.</summary>
    public int? ConversationId { get; private set; }

    /// <summary>The conversation-list export it is about; opening the notification downloads its file.</summary>
    public int? ExportId { get; private set; }

    /// <summary>Who wrote the note of a mention; null for what the system says.</summary>
    public int? AuthorEmployeeId { get; private set; }

    /// <summary>
    /// The text as it was at the time. A late answer's may hold the channel's <c>#DIALOG#</c> placeholder, which the
    /// screens show as a link to the conversation.
    /// </summary>
    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>K-2: the answer in a conversation is late.</summary>
    public static Notification LateResponse(int employeeId, int conversationId, string text, DateTimeOffset at) =>
        new(employeeId, NotificationKind.LateResponse, conversationId, null, text, at);

    /// <summary>A colleague mentioned the employee in a note of a conversation.</summary>
    public static Notification Mention(int employeeId, int conversationId, int authorEmployeeId, string text, DateTimeOffset at) =>
        new(employeeId, NotificationKind.Mention, conversationId, authorEmployeeId, text, at);

    /// <summary>A background export of the conversation list is ready to download.</summary>
    public static Notification ExportReady(int employeeId, int exportId, string text, DateTimeOffset at) =>
        new(employeeId, NotificationKind.ExportReady, null, null, text, at, exportId);

    /// <summary>A background export of the conversation list failed; the text says why.</summary>
    public static Notification ExportFailed(int employeeId, int exportId, string text, DateTimeOffset at) =>
        new(employeeId, NotificationKind.ExportFailed, null, null, text, at, exportId);

    public void MarkRead(DateTimeOffset at)
    {
        if (ReadAt is null)
        {
            ReadAt = at;
            AddDomainEventOnce(new NotificationsRead(EmployeeId));
        }
    }
}
