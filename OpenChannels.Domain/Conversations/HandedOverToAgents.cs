using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>B-3: the bot gave the conversation to the agents; to them it is a new request.</summary>
public sealed record HandedOverToAgents(Conversation Conversation) : IDomainEvent;
