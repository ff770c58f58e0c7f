using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>The client saw an agent's message: agents see its delivery state turn to "read".</summary>
public sealed record MessageRead(Message Message) : IDomainEvent;
