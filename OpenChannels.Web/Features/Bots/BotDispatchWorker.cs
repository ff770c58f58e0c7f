using System.Threading.Channels;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// Sends a webhook bot's event as soon as its transaction commits, so the client reads the bot's answer within the
/// bot's own time rather than the next sweep's. The sweep (<see cref="Jobs.DeliverBotEventsJob"/>) still retries and
/// resumes after a restart: this is only the fast path, and it never runs two sends at once.
/// </summary>
public sealed class BotDispatchWorker(BotDispatcher dispatcher, BotSettings settings, ILogger<BotDispatchWorker> log)
    : BackgroundService, IDomainEventHandler
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        if (settings.DispatchOnWrite && events.Any(e => e is BotDeliveryQueued))
        {
            _wake.Writer.TryWrite(true);
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                try
                {
                    await dispatcher.DeliverDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The sweep tries again; a failure here must not stop the worker.
                    log.LogWarning(e, "Sending bot events failed; the next sweep retries");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
