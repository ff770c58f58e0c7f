using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>J-1: unassigned conversations are offered again every 2 minutes.</summary>
public sealed class ReofferUnassignedJob(RoutingSweeps sweeps, SweepRuns runs) : SweepJob(runs, "conversations offered again")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.ReofferUnassignedAsync(cancellationToken: cancellationToken);
}
