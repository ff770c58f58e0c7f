using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>A-6, J-4: closed conversations whose delay has passed become fully closed (every 5 seconds).</summary>
public sealed class FullyCloseJob(RoutingSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "conversations fully closed")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.FullyCloseAsync(cancellationToken);
}
