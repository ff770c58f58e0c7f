using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Events;

/// <summary>
/// Calls each handler in turn; a handler that fails is logged and the others still run. Handlers are resolved at the
/// first publish, not at construction: a handler may itself write through the pipeline that publishes to it.
/// </summary>
public sealed class InProcessEventPublisher(IServiceProvider services, ILogger<InProcessEventPublisher> logger) : IDomainEventPublisher
{
    private readonly Lazy<IDomainEventHandler[]> _handlers = new(() => services.GetServices<IDomainEventHandler>().ToArray());

    public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }

        foreach (var handler in _handlers.Value)
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
