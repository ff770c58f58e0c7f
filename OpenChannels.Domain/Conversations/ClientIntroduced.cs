using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A-2: the client gave their contact details; agents see the new name in their list at once.</summary>
public sealed record ClientIntroduced(Client Client) : IDomainEvent;
