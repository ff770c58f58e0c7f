using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>A-7, J-4: conversations whose client did not answer the agent in time are closed (every 5 seconds).</summary>
public sealed class CloseTimedOutConversationsJob(RoutingSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "conversations closed")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.CloseTimedOutAsync(cancellationToken);
}
