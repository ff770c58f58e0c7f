using OpenChannels.Domain.Common;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// What adding a bot asks of Telegram: the token proven with <c>getMe</c> (which tells the bot's @username), then the
/// updates pointed at the app — a webhook with a fresh secret, or none, so that long polling is not refused (409).
/// </summary>
public sealed class TelegramSetup(TelegramBots bots, TelegramApiSettings settings, ConnectorSettings limits)
{
    public async Task<Result<TelegramSettings>> PrepareAsync(string token, TelegramMode mode, string connectorKey, CancellationToken cancellationToken)
    {
        if (!TelegramBots.LooksLikeToken(token))
        {
            return new InvalidInput("BotToken", "This is not a bot token: @BotFather gives one like 123456789:AAH…, with no spaces.");
        }

        var webhookUrl = mode == TelegramMode.Webhook ? settings.WebhookUrlFor(connectorKey) : null;
        if (mode == TelegramMode.Webhook && webhookUrl is null)
        {
            return new InvalidInput("Mode", "Webhook mode needs the app's public HTTPS address (the Telegram:PublicUrl setting); choose polling instead.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        try
        {
            var bot = bots.For(token);
            var me = await bot.GetMe(timeout.Token);
            string? secretHash = null;
            if (webhookUrl is not null)
            {
                var secret = ConnectorCredentials.NewSecret();
                await bot.SetWebhook(webhookUrl, secretToken: secret, allowedUpdates: [UpdateType.Message], cancellationToken: timeout.Token);
                secretHash = ConnectorCredentials.Hash(secret);
            }
            else
            {
                await bot.DeleteWebhook(cancellationToken: timeout.Token);
            }

            return new TelegramSettings { Mode = mode, BotId = me.Id, BotUsername = me.Username, WebhookSecretHash = secretHash };
        }
        catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
        {
            return new InvalidInput("BotToken", "Telegram does not know this bot token: copy it again from @BotFather.");
        }
        catch (ApiRequestException e)
        {
            return new InvalidInput("BotToken", "Telegram refused the bot: {0}", e.Message);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new InvalidInput("BotToken", "Telegram could not be reached to check the token: {0}", e.Message);
        }
    }
}
