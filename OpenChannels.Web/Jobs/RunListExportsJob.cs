using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Web.Jobs;

/// <summary>Runs the conversation-list exports that are due (every 5 seconds): queued ones, and ones a restart stopped.</summary>
public sealed class RunListExportsJob(ListExports exports, SweepRuns runs) : DeadlineSweepJob(runs, "exports written")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => exports.RunDueAsync(cancellationToken);
}
