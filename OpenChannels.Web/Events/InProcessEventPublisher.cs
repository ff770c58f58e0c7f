using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Events;

/// <summary>Calls each handler in turn; a handler that fails is logged and the others still run.</summary>
public sealed class InProcessEventPublisher(IEnumerable<IDomainEventHandler> handlers, ILogger<InProcessEventPublisher> logger) : IDomainEventPublisher
{
    private readonly IDomainEventHandler[] _handlers = handlers.ToArray();

    public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }

        foreach (var handler in _handlers)
        {
            try
            {
                await handler.HandleAsync(events, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Handler} failed on {Count} events of a committed write", handler.GetType().Name, events.Count);
            }
        }
    }
}
