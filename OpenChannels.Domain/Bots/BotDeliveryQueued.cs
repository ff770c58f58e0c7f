using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>An event for a webhook bot was written: the dispatcher may send it now rather than at its next sweep.</summary>
public sealed record BotDeliveryQueued(BotDelivery Delivery) : IDomainEvent;
