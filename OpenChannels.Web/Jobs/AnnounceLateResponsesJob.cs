using OpenChannels.Web.Features.Kpi;

namespace OpenChannels.Web.Jobs;

/// <summary>K-2, J-4: answers that became late are announced to whom the KPI tab names (every 5 seconds).</summary>
public sealed class AnnounceLateResponsesJob(LateResponses late, SweepRuns runs) : DeadlineSweepJob(runs, "late answers announced")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => late.AnnounceAsync(cancellationToken);
}
