using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>The conversation ended: finished or marked spam by an agent, closed by the system, or by the client's rating.</summary>
public sealed record ConversationClosed(Conversation Conversation) : IDomainEvent;
