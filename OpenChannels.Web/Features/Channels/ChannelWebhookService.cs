using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Channels;

/// <summary>CH-1: a channel's webhooks for integrations, and the delivery log of webhooks and connectors with its replay.</summary>
public sealed class ChannelWebhookService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, ConnectorCredentials credentials, TimeProvider clock)
{
    public const int LogSize = 50;

    public async Task<IReadOnlyList<ChannelWebhookRow>> WebhooksAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ChannelWebhooks.AsNoTracking().Where(h => h.OpenChannelId == openChannelId).OrderBy(h => h.Name)
            .Select(h => new ChannelWebhookRow(
                h.Id, h.Name, h.Url, h.Events, h.IsEnabled, h.LastDeliveredAt, h.LastError, h.LastErrorAt,
                db.OutboundDeliveries.Count(d => d.Target == OutboundTarget.Webhook && d.TargetId == h.Id && d.NextAttemptAt != null)))
            .ToListAsync();
    }

    /// <summary>A new webhook; its signing secret is returned in clear, to be shown once.</summary>
    public Task<Result<string>> AddAsync(int openChannelId, ChannelWebhookForm form) => writes.RunAsync<string>(async db =>
    {
        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new NotFound("Open channel", openChannelId);
        }

        var secret = ConnectorCredentials.NewSecret();
        db.ChannelWebhooks.Add(new ChannelWebhook(openChannelId, form.Name, form.Url, form.Events, credentials.Protect(secret), clock.GetUtcNow()));
        return secret;
    });

    public Task<Result> ChangeAsync(int webhookId, ChannelWebhookForm form) => writes.RunAsync(async db =>
    {
        var hook = await db.ChannelWebhooks.FirstOrDefaultAsync(h => h.Id == webhookId);
        if (hook is null)
        {
            return new NotFound("Webhook", webhookId);
        }

        hook.Change(form.Name, form.Url, form.Events, form.Enabled);
        return Result.Ok;
    });

    /// <summary>Removed: its events not yet sent are dropped when their turn comes; the log goes with it.</summary>
    public Task<Result> RemoveAsync(int webhookId) => writes.RunAsync(async db =>
    {
        var hook = await db.ChannelWebhooks.FirstOrDefaultAsync(h => h.Id == webhookId);
        if (hook is null)
        {
            return new NotFound("Webhook", webhookId);
        }

        db.ChannelWebhooks.Remove(hook);
        await db.OutboundDeliveries.Where(d => d.Target == OutboundTarget.Webhook && d.TargetId == webhookId).ExecuteDeleteAsync();
        return Result.Ok;
    });

    /// <summary>The latest events of a connector or webhook of this channel, newest first.</summary>
    public async Task<IReadOnlyList<DeliveryRow>> LogAsync(int openChannelId, OutboundTarget target, int targetId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (!await BelongsAsync(db, openChannelId, target, targetId))
        {
            return [];
        }

        return await db.OutboundDeliveries.AsNoTracking()
            .Where(d => d.Target == target && d.TargetId == targetId)
            .OrderByDescending(d => d.Id)
            .Take(LogSize)
            .Select(d => new DeliveryRow(d.Id, d.EventId, d.EventType, d.ConversationId, d.CreatedAt, d.Attempts, d.NextAttemptAt, d.DeliveredAt, d.GivenUpAt, d.LastStatus, d.LastError))
            .ToListAsync();
    }

    /// <summary>Sends an event again, with the same id (a receiver that has it drops the repeat).</summary>
    public Task<Result> ReplayAsync(int openChannelId, long deliveryId) => writes.RunAsync(async db =>
    {
        var delivery = await db.OutboundDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId);
        if (delivery is null || !await BelongsAsync(db, openChannelId, delivery.Target, delivery.TargetId))
        {
            return new InvalidInput("Event", "This event is not in this channel's log.");
        }

        delivery.Replay(clock.GetUtcNow());
        return Result.Ok;
    });

    private static async Task<bool> BelongsAsync(OpenChannelsDbContext db, int openChannelId, OutboundTarget target, int targetId) =>
        target == OutboundTarget.Webhook
            ? await db.ChannelWebhooks.AnyAsync(h => h.Id == targetId && h.OpenChannelId == openChannelId)
            : await db.Connectors.AnyAsync(c => c.Id == targetId && c.OpenChannelId == openChannelId);
}
