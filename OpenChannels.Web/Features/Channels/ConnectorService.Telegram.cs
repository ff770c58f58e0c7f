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
}
