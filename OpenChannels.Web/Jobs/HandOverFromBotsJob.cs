using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Web.Jobs;

/// <summary>B-3, J-4: conversations whose bot time is over go to the agents (every 5 seconds).</summary>
public sealed class HandOverFromBotsJob(BotSweeps sweeps, SweepRuns runs) : DeadlineSweepJob(runs, "conversations handed over by bots")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => sweeps.HandOverDueAsync(cancellationToken);
}
