using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A client started a new conversation, or an agent moved messages into a new one (M-6).</summary>
public sealed record ConversationOpened(Conversation Conversation) : IDomainEvent;
