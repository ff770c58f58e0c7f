using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Web.Jobs;

/// <summary>B-1: the webhook bots' outbox — events not yet sent, and failed ones whose pause is over (every 5 seconds).</summary>
public sealed class DeliverBotEventsJob(BotDispatcher dispatcher, SweepRuns runs) : DeadlineSweepJob(runs, "bot events delivered")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => dispatcher.DeliverDueAsync(cancellationToken);
}
