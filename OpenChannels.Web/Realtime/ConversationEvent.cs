namespace OpenChannels.Web.Realtime;

public enum ConversationEventKind
{
    Created,
    MessageAdded,
    MessageUpdated,
    Changed,
    ClientTyping,
}

/// <summary>Something happened in a conversation; agent screens decide whether it concerns them.</summary>
public sealed record ConversationEvent(int ConversationId, ConversationEventKind Kind, long? MessageId = null, string? TypingText = null);
