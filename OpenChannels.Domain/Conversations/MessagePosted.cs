using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A message was added to a conversation: the client's, an agent's, a note or an automatic text.</summary>
public sealed record MessagePosted(Message Message) : IDomainEvent;
