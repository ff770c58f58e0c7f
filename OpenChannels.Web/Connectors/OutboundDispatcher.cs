using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// Sends the outbox (<see cref="OutboundDelivery"/>): each due event in its conversation's order for its target, claimed
/// first in its own write transaction (a lease, so two runners or two instances never send it together), sent through the
/// connector's protocol or as a signed webhook, and its outcome written in another — with the connector's or webhook's
/// health. A crash between the send and the record sends the event again after the lease, with the same id: the
/// receiver drops the repeat (Telegram and e-mail carry the id in the message, docs/decisions/0019).
/// </summary>
public sealed class OutboundDispatcher(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    WritePipeline writes,
    IEnumerable<IConnectorSender> senders,
    WebhookSender webhooks,
    TimeProvider clock,
    ILogger<OutboundDispatcher> log)
{
    /// <summary>How many passes one run makes at most: the rest waits for the next run, so one busy conversation cannot hold it.</summary>
    private const int MaxRounds = 20;

    private readonly Dictionary<ConnectorKind, IConnectorSender> _senders = senders.ToDictionary(s => s.Kind);

    /// <summary>Sends what is due now; returns how many events were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        // A conversation's next event becomes due once the one before it is delivered: go on while that makes progress.
        var delivered = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var before = delivered;
            foreach (var id in await DueAsync(cancellationToken))
            {
                if (await ClaimAsync(id, cancellationToken) is { } attempt)
                {
                    var outcome = await SendAsync(attempt, cancellationToken);
                    delivered += await RecordAsync(attempt, outcome, cancellationToken) ? 1 : 0;
                }
            }

            if (delivered == before)
            {
                break;
            }
        }

        return delivered;
    }

    /// <summary>The events whose time has come and that wait for no earlier event of their target and conversation.</summary>
    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundDeliveries.AsNoTracking()
            .Where(d => d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .Where(d => d.ConversationId == null || !db.OutboundDeliveries.Any(o =>
                o.Target == d.Target && o.TargetId == d.TargetId && o.ConversationId == d.ConversationId && o.Id < d.Id && o.NextAttemptAt != null))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
    }

    private async Task<OutboundAttempt?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        OutboundAttempt? attempt = null;
        await writes.RunAsync(
            async db =>
            {
                var now = clock.GetUtcNow();
                var delivery = await db.OutboundDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
                if (delivery is not { NextAttemptAt: { } due } || due > now)
                {
                    return new Unchanged();
                }

                attempt = await AttemptAsync(db, delivery, now, cancellationToken);
                return Result.Ok;
            },
            cancellationToken);
        return attempt;
    }

    private static async Task<OutboundAttempt?> AttemptAsync(OpenChannelsDbContext db, OutboundDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (delivery.Target == OutboundTarget.Webhook)
        {
            var hook = await db.ChannelWebhooks.AsNoTracking().FirstOrDefaultAsync(h => h.Id == delivery.TargetId, cancellationToken);
            if (hook is null)
            {
                delivery.Drop("The webhook was removed.", now);
                return null;
            }

            delivery.Claim(now);
            return new OutboundAttempt(delivery.Id, delivery.EventId, delivery.EventType, delivery.Payload, delivery.Target, hook.Id, delivery.ConversationId, null, hook.Url, hook.ProtectedSecret, null);
        }

        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == delivery.TargetId, cancellationToken);
        if (connector is null || connector.OpenChannelId is null)
        {
            delivery.Drop("The connector was removed.", now);
            return null;
        }

        delivery.Claim(now);
        return new OutboundAttempt(
            delivery.Id, delivery.EventId, delivery.EventType, delivery.Payload, delivery.Target, connector.Id, delivery.ConversationId,
            connector.Kind, connector.WebhookUrl, connector.ProtectedSecret, connector.Settings);
    }

    private async Task<SendOutcome> SendAsync(OutboundAttempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            return attempt.Target == OutboundTarget.Webhook ? await webhooks.SendAsync(attempt, cancellationToken)
                : _senders.TryGetValue(attempt.Kind!.Value, out var sender) ? await sender.SendAsync(attempt, cancellationToken)
                : SendOutcome.Failure($"No sender for {attempt.Kind} connectors.", permanent: true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A sender's bug must not stop the outbox: the event is retried and the error shown on the connector.
            log.LogWarning(e, "Outbound event {EventId} failed in its sender", attempt.EventId);
            return SendOutcome.Failure(e.GetType().Name + ": " + e.Message);
        }
    }

    private async Task<bool> RecordAsync(OutboundAttempt attempt, SendOutcome outcome, CancellationToken cancellationToken)
    {
        await writes.RunAsync(
            async db =>
            {
                var now = clock.GetUtcNow();
                var delivery = await db.OutboundDeliveries.FirstAsync(d => d.Id == attempt.Id, cancellationToken);
                var connector = attempt.Target == OutboundTarget.Connector ? await db.Connectors.FirstOrDefaultAsync(c => c.Id == attempt.TargetId, cancellationToken) : null;
                var hook = attempt.Target == OutboundTarget.Webhook ? await db.ChannelWebhooks.FirstOrDefaultAsync(h => h.Id == attempt.TargetId, cancellationToken) : null;
                if (outcome.Delivered)
                {
                    delivery.Delivered(outcome.Status, now);
                    connector?.Sent(now);
                    hook?.Delivered(now);
                    return Result.Ok;
                }

                var error = outcome.Error ?? "Unknown error.";
                var givenUp = delivery.Failed(error, outcome.Status, outcome.RetryAfter, outcome.Permanent, Random.Shared.NextDouble(), now);
                var shown = $"{delivery.EventType} · attempt {delivery.Attempts}{(givenUp ? " · given up" : string.Empty)}: {error}";
                connector?.Failed(shown, now);
                hook?.Failed(shown, now);
                return Result.Ok;
            },
            cancellationToken);
        return outcome.Delivered;
    }
}
