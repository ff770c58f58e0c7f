using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>O-2: the channel was turned on or off; its conversations appear or disappear, and on reactivation are routed.</summary>
public sealed record ChannelActivityChanged(OpenChannel Channel) : IDomainEvent;
