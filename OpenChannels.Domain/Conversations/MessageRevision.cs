namespace OpenChannels.Domain.Conversations;

/// <summary>The audit of an edit or delete: who, when, and the text before it.</summary>
public sealed class MessageRevision
{
    private MessageRevision()
    {
        PreviousText = string.Empty;
    }

    internal MessageRevision(int editorEmployeeId, DateTimeOffset at, string previousText, bool deleted)
    {
        EditorEmployeeId = editorEmployeeId;
        At = at;
        PreviousText = previousText;
        IsDeletion = deleted;
    }

    public int EditorEmployeeId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string PreviousText { get; private set; }

    public bool IsDeletion { get; private set; }
}
