using System.Threading.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Events;

/// <summary>
/// A background loop woken when a committed transaction holds an event it cares about (an outbox row written), so the
/// work runs at once rather than at the next sweep. Wakes that come while it runs fold into one more pass; it never runs
/// two passes at once; a failed pass is logged and left to the sweep, which stays the safety net after a restart.
/// </summary>
public abstract class WakeOnCommitWorker(ILogger logger) : BackgroundService, IDomainEventHandler
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        if (events.Any(Wakes))
        {
            _wake.Writer.TryWrite(true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether this committed event calls for a pass.</summary>
    protected abstract bool Wakes(IDomainEvent domainEvent);

    protected abstract Task PassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                try
                {
                    await PassAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "{Worker} failed; the next sweep retries", GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
