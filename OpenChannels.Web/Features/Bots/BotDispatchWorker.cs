using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// Sends a webhook bot's event as soon as its transaction commits, so the client reads the bot's answer within the
/// bot's own time rather than the next sweep's. The sweep (<see cref="Jobs.DeliverBotEventsJob"/>) still retries and
/// resumes after a restart: this is only the fast path.
/// </summary>
public sealed class BotDispatchWorker(BotDispatcher dispatcher, BotSettings settings, ILogger<BotDispatchWorker> log)
    : WakeOnCommitWorker(log)
{
    protected override bool Wakes(IDomainEvent domainEvent) => settings.DispatchOnWrite && domainEvent is BotDeliveryQueued;

    protected override Task PassAsync(CancellationToken cancellationToken) => dispatcher.DeliverDueAsync(cancellationToken);
}
