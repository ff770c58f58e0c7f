namespace OpenChannels.Domain.Outbound;

/// <summary>What a channel's webhook is told about (CH-1's integrations).</summary>
[Flags]
public enum WebhookEvents
{
    None = 0,
    ConversationCreated = 1,
    MessageCreated = 2,
    ConversationClosed = 4,
    ConversationRated = 8,
    All = ConversationCreated | MessageCreated | ConversationClosed | ConversationRated,
}
