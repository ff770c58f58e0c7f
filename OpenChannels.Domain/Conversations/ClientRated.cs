using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>R-1: the client rated the conversation (or changed their rating).</summary>
public sealed record ClientRated(Conversation Conversation) : IDomainEvent;
