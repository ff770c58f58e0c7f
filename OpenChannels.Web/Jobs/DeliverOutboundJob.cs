using OpenChannels.Web.Connectors;

namespace OpenChannels.Web.Jobs;

/// <summary>CH-1: the outbox of connectors and webhooks — events not yet sent, and failed ones whose pause is over (every 5 seconds).</summary>
public sealed class DeliverOutboundJob(OutboundDispatcher dispatcher, SweepRuns runs) : DeadlineSweepJob(runs, "outbound events delivered")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => dispatcher.DeliverDueAsync(cancellationToken);
}
