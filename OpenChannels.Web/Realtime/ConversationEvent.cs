namespace OpenChannels.Web.Realtime;

public enum ConversationEventKind
{
    Created,
    MessageAdded,
    MessageUpdated,
    Changed,
    ClientTyping,
}

/// <summary>
/// Something happened in a conversation; agent screens decide whether it concerns them. For <see cref="ConversationEventKind.ClientTyping"/>,
/// <see cref="TypingText"/> is what the client is typing (empty: they stopped), or null when the channel turned live
/// typing off and agents only learn that the client is typing.
/// </summary>
public sealed record ConversationEvent(int ConversationId, ConversationEventKind Kind, long? MessageId = null, string? TypingText = null, bool IsTyping = false);
