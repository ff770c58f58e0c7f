using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>The conversation changed: its holder, status, deadlines, preview or flags. Agents re-read its row.</summary>
public sealed record ConversationChanged(Conversation Conversation) : IDomainEvent;
