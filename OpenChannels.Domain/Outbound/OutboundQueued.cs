using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Outbound;

/// <summary>An outbound event was written: the sender may go at once instead of at the next sweep.</summary>
public sealed record OutboundQueued(OutboundDelivery Delivery) : IDomainEvent;
