using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Events;

/// <summary>
/// Where the write pipeline hands the events of a committed transaction. In process it calls every
/// <see cref="IDomainEventHandler"/>; an implementation over a cross-instance bus can replace it without touching a feature.
/// </summary>
public interface IDomainEventPublisher
{
    Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default);
}
