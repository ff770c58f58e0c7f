using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>R-4, J-4: rating requests past their time limit are withdrawn (every 5 seconds).</summary>
public sealed class WithdrawRatingRequestsJob(RoutingSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "rating requests withdrawn")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.WithdrawLateRatingRequestsAsync(cancellationToken);
}
