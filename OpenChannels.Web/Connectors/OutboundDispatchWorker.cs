using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// Sends an outbound event as soon as its transaction commits, so a Telegram or e-mail client reads the agent's answer
/// at once. The sweep (<see cref="Jobs.DeliverOutboundJob"/>) retries and resumes after a restart: this is only the fast path.
/// </summary>
public sealed class OutboundDispatchWorker(OutboundDispatcher dispatcher, ConnectorSettings settings, ILogger<OutboundDispatchWorker> log)
    : WakeOnCommitWorker(log)
{
    protected override bool Wakes(IDomainEvent domainEvent) => settings.DispatchOnWrite && domainEvent is OutboundQueued;

    protected override Task PassAsync(CancellationToken cancellationToken) => dispatcher.DeliverDueAsync(cancellationToken);
}
