using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// Long polling of one bot: <c>getUpdates</c> from the stored offset, each update stored (<see cref="TelegramIntake"/>),
/// and only then the offset moved past it and saved in the connector's settings. Telegram forgets an update once asked
/// for a later offset, so nothing is acknowledged before it is stored; a crash in between brings the update again,
/// and it is stored once. A restart resumes from the saved offset.
/// </summary>
public sealed class TelegramPolling(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    WritePipeline writes,
    TelegramBots bots,
    TelegramIntake intake,
    ConnectorSettings limits,
    TimeProvider clock)
{
    /// <summary>The Telegram connectors this instance polls: attached to a channel, in polling mode. A disabled one too —
    /// CH-1 keeps what clients send meanwhile and answers with its paused text.</summary>
    public async Task<IReadOnlyList<int>> PolledConnectorsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connectors = await db.Connectors.AsNoTracking()
            .Where(c => c.Kind == ConnectorKind.Telegram && c.OpenChannelId != null && c.ProtectedSecret != null)
            .Select(c => new { c.Id, c.Settings })
            .ToListAsync(cancellationToken);
        return [.. connectors.Where(c => TelegramSettings.Read(c.Settings).Mode == TelegramMode.Polling).Select(c => c.Id)];
    }

    /// <summary>One <c>getUpdates</c>, waiting up to <paramref name="wait"/> at Telegram; returns how many updates were taken.</summary>
    public async Task<int> PollAsync(int connectorId, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        Connector? connector;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectorId && c.Kind == ConnectorKind.Telegram, cancellationToken);
        }

        var settings = TelegramSettings.Read(connector?.Settings);
        if (connector is not { OpenChannelId: not null, ProtectedSecret: { } token } || settings.Mode != TelegramMode.Polling)
        {
            return 0;
        }

        var bot = bots.ForProtected(token);

        // The long poll waits on purpose; past that and the usual answer time, the connection is taken as lost.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(wait + limits.Timeout);
        var updates = await bot.GetUpdates(
            offset: settings.Offset > 0 ? (int)settings.Offset : null,
            limit: 100,
            timeout: (int)wait.TotalSeconds,
            allowedUpdates: [UpdateType.Message],
            cancellationToken: limit.Token);
        var next = settings.Offset;
        try
        {
            foreach (var update in updates.OrderBy(u => u.Id))
            {
                await intake.ReceiveAsync(connectorId, bot, token, update, cancellationToken);
                next = Math.Max(next, update.Id + 1L);
            }
        }
        finally
        {
            // What was stored is acknowledged even when a later update failed: that one comes again on the next poll.
            if (next != settings.Offset)
            {
                await SaveOffsetAsync(connectorId, next);
            }
        }

        return updates.Length;
    }

    /// <summary>Polling failed (Telegram unreachable, the token revoked, a webhook set elsewhere): shown as the connector's health.</summary>
    public Task FailedAsync(int connectorId, string error) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        connector?.Failed("polling: " + error, clock.GetUtcNow());
        return Result.Ok;
    });

    private Task SaveOffsetAsync(int connectorId, long offset) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return Result.Ok;
        }

        // Read again inside the write: an administrator may have changed the mode meanwhile; only the offset moves, forward.
        var settings = TelegramSettings.Read(connector.Settings);
        if (offset > settings.Offset)
        {
            connector.Configure(connector.WebhookUrl, (settings with { Offset = offset }).Write());
        }

        return Result.Ok;
    });
}
