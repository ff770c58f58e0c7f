using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>J-2: conversations of dismissed or vacationing employees go back to the queue, every 24 hours.</summary>
public sealed class ReturnFromUnavailableAgentsJob(RoutingSweeps sweeps, SweepRuns runs) : SweepJob(runs, "conversations returned to the queue")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.ReturnFromUnavailableAgentsAsync(cancellationToken);
}
