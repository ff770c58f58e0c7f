using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>Q-3, J-4: offers not accepted within the channel's idle time go to the next agent (every 5 seconds).</summary>
public sealed class TransferIdleOffersJob(RoutingSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "offers passed on")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.TransferIdleOffersAsync(cancellationToken);
}
