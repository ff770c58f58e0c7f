using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;
using Update = Telegram.Bot.Types.Update;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// Updates Telegram posts to a bot in webhook mode: the connector is found by its public key and the request proven by
/// the secret given to <c>setWebhook</c> (kept as a hash), then the update is stored like a polled one.
/// </summary>
public sealed class TelegramWebhookInbox(IDbContextFactory<OpenChannelsDbContext> contexts, TelegramBots bots, TelegramIntake intake)
{
    /// <summary>The connector and its protected token, when the key names a webhook-mode bot and the secret is its own.</summary>
    public async Task<(int ConnectorId, string ProtectedToken)?> AuthenticateAsync(string key, string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connector = await db.Connectors.AsNoTracking()
            .Where(c => c.PublicKey == key && c.Kind == ConnectorKind.Telegram && c.OpenChannelId != null && c.ProtectedSecret != null)
            .Select(c => new { c.Id, c.ProtectedSecret, c.Settings })
            .FirstOrDefaultAsync(cancellationToken);
        var settings = TelegramSettings.Read(connector?.Settings);
        if (connector is null || settings is not { Mode: TelegramMode.Webhook, WebhookSecretHash: { } expected })
        {
            return null;
        }

        var given = Encoding.ASCII.GetBytes(ConnectorCredentials.Hash(secret));
        return CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(expected)) ? (connector.Id, connector.ProtectedSecret!) : null;
    }

    public Task ReceiveAsync(int connectorId, string protectedToken, Update update, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(connectorId, bots.ForProtected(protectedToken), protectedToken, update, cancellationToken);
}
