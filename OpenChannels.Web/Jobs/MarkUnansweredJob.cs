using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>A-3, A-4, J-4: conversations no agent answered in time are marked and handled (every 5 seconds).</summary>
public sealed class MarkUnansweredJob(RoutingSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "conversations marked unanswered")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.MarkUnansweredAsync(cancellationToken);
}
