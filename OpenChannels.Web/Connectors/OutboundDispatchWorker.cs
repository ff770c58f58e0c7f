using System.Threading.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// Sends an outbound event as soon as its transaction commits, so a Telegram or e-mail client reads the agent's answer
/// at once. The sweep (<see cref="Jobs.DeliverOutboundJob"/>) retries and resumes after a restart: this is only the fast
/// path, and it never runs two sends at once.
/// </summary>
public sealed class OutboundDispatchWorker(OutboundDispatcher dispatcher, ConnectorSettings settings, ILogger<OutboundDispatchWorker> log)
    : BackgroundService, IDomainEventHandler
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        if (settings.DispatchOnWrite && events.Any(e => e is OutboundQueued))
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
                    log.LogWarning(e, "Sending outbound events failed; the next sweep retries");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
