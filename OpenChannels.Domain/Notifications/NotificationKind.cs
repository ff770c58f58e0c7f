namespace OpenChannels.Domain.Notifications;

/// <summary>What a notification is about.</summary>
public enum NotificationKind
{
    /// <summary>K-2: an answer in a conversation is late.</summary>
    LateResponse = 1,

    /// <summary>A colleague mentioned the employee in a note (<c>@name</c>).</summary>
    Mention = 2,

    /// <summary>A background export of the conversation list is ready.</summary>
    ExportReady = 3,

    /// <summary>A background export of the conversation list failed.</summary>
    ExportFailed = 4,
}
