namespace OpenChannels.Domain.Channels;

/// <summary>
/// A client's mail as the e-mail connector received it (issue 20): its Message-ID, subject and References, and the
/// conversation it went to — what the answer needs to continue the client's thread (<c>In-Reply-To</c>, <c>References</c>,
/// <c>Re: subject</c>). Our own answers need no row: their Message-ID is made from the outbound event's id.
/// </summary>
public sealed class EmailThreadMessage
{
    public const int MessageIdMaxLength = 250;
    public const int SubjectMaxLength = 250;
    public const int ReferencesMaxLength = 2000;

    private EmailThreadMessage()
    {
        MessageId = Subject = string.Empty;
    }

    public EmailThreadMessage(int connectorId, string messageId, int conversationId, string? subject, IEnumerable<string> references, DateTimeOffset receivedAt)
    {
        ConnectorId = connectorId;
        MessageId = messageId.Length <= MessageIdMaxLength ? messageId : messageId[..MessageIdMaxLength];
        ConversationId = conversationId;
        Subject = Cut(subject?.Trim() ?? string.Empty, SubjectMaxLength);
        References = KeepLatest(references);
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public int ConnectorId { get; private set; }

    /// <summary>Without the angle brackets, as MimeKit gives it.</summary>
    public string MessageId { get; private set; }

    public int ConversationId { get; private set; }

    public string Subject { get; private set; }

    /// <summary>The mail's own References, space-separated, the latest kept when too long.</summary>
    public string? References { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static string? KeepLatest(IEnumerable<string> references)
    {
        var kept = new List<string>();
        var length = 0;
        foreach (var id in references.Reverse())
        {
            if (length + id.Length + 1 > ReferencesMaxLength)
            {
                break;
            }

            kept.Insert(0, id);
            length += id.Length + 1;
        }

        return kept.Count == 0 ? null : string.Join(' ', kept);
    }
}
