using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Events;

/// <summary>
/// Hears a use case's domain events inside its transaction, before the commit, and may write to the same context: what
/// it writes commits or rolls back with the change (the outbox of connectors and webhooks). It must be quick and must
/// not call out of the process; <see cref="IDomainEventHandler"/> is for what happens after the commit.
/// </summary>
public interface ITransactionalEventHandler
{
    /// <returns>Whether it added anything to save: the pipeline saves a second time only then.</returns>
    Task<bool> HandleAsync(OpenChannelsDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}
