using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Connectors.Telegram;

namespace OpenChannels.Web.Features.Channels;

/// <summary>CH-1's Telegram connector (issue 20): a bot the administrator made with @BotFather, by its token.</summary>
public sealed partial class ConnectorService
{
    /// <summary>
    /// A Telegram bot on this channel. The token is checked with Telegram first (which also tells the bot's @username)
    /// and kept protected; polling (the default) works behind NAT, a webhook needs the app's public HTTPS address.
    /// </summary>
    public async Task<Result<int>> AddTelegramAsync(
        int openChannelId, string name, string botToken, TelegramMode? mode = null, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId, cancellationToken))
            {
                return new NotFound("Open channel", openChannelId);
            }
        }

        var token = (botToken ?? string.Empty).Trim();
        var key = NewKey();
        var prepared = await telegram.PrepareAsync(token, mode ?? TelegramMode.Polling, key, cancellationToken);
        if (!prepared.Succeeded)
        {
            return prepared.Error;
        }

        return await writes.RunAsync<int>(async db =>
        {
            var connector = new Connector(ConnectorKind.Telegram, name, openChannelId, key);
            connector.SetCredentials(null, credentials.Protect(token));
            connector.Configure(null, prepared.Value.Write());
            db.Connectors.Add(connector);
            await db.SaveChangesAsync();
            return connector.Id;
        });
    }

    /// <summary>
    /// Renames the bot's connector, replaces its token (blank keeps it) and switches between polling and a webhook;
    /// Telegram is told first. The same bot keeps its place in its updates; another bot starts at its own first one.
    /// </summary>
    public async Task<Result> ChangeTelegramAsync(
        int connectorId, string name, string? newBotToken, TelegramMode mode, CancellationToken cancellationToken = default)
    {
        Connector? connector;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectorId && c.Kind == ConnectorKind.Telegram, cancellationToken);
        }

        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        var replaced = !string.IsNullOrWhiteSpace(newBotToken);
        var token = replaced ? newBotToken!.Trim() : connector.ProtectedSecret is { } kept ? credentials.Unprotect(kept) : string.Empty;
        var prepared = await telegram.PrepareAsync(token, mode, connector.PublicKey, cancellationToken);
        if (!prepared.Succeeded)
        {
            return prepared.Error;
        }

        return await writes.RunAsync(async db =>
        {
            var tracked = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
            if (tracked is null)
            {
                return new NotFound("Connector", connectorId);
            }

            // Read inside the write: the poller may have moved the offset since.
            var before = TelegramSettings.Read(tracked.Settings);
            var offset = prepared.Value.BotId == before.BotId ? before.Offset : 0;
            tracked.Rename(name);
            tracked.SetCredentials(null, replaced ? credentials.Protect(token) : null);
            tracked.Configure(tracked.WebhookUrl, (prepared.Value with { Offset = offset }).Write());
            return Result.Ok;
        });
    }
}
