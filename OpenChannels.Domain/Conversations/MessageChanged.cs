using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A message was edited or deleted (M-4); the client sees the change if the message was theirs to see.</summary>
public sealed record MessageChanged(Message Message) : IDomainEvent;
