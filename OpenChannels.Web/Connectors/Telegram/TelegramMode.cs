namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>How a Telegram bot's updates reach the app.</summary>
public enum TelegramMode
{
    /// <summary>The app asks Telegram for updates (long polling): works behind NAT, with no public address.</summary>
    Polling,

    /// <summary>Telegram posts each update to the app's public HTTPS address.</summary>
    Webhook,
}
