using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>J-1: unassigned conversations are offered again every 2 minutes.</summary>
public sealed class ReofferUnassignedJob(RoutingSweeps sweeps)
{
    public Task RunAsync(CancellationToken cancellationToken) => sweeps.ReofferUnassignedAsync(cancellationToken);
}
