using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>J-3: conversations whose last message is over a week old are closed (checked hourly).</summary>
public sealed class CloseStaleConversationsJob(RoutingSweeps sweeps, SweepRuns runs) : SweepJob(runs, "conversations closed")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.CloseStaleAsync(cancellationToken);
}
