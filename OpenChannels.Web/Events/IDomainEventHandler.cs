using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Events;

/// <summary>
/// Reacts to what one committed transaction did (realtime pushes today; notifications, KPI bookkeeping, webhooks
/// later). It gets the whole batch, so it can say one thing per conversation. It runs after the commit: it must not
/// change what was written, and its failure never undoes the use case.
/// </summary>
public interface IDomainEventHandler
{
    Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}
