using System.Globalization;
using Telegram.Bot.Exceptions;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>What a Bot API failure means for the outbox: how to say it, whether to wait as asked, whether to try again.</summary>
public static class TelegramErrors
{
    public static string Describe(Exception e) => e switch
    {
        ApiRequestException api => $"Telegram answered {api.ErrorCode.ToString(CultureInfo.InvariantCulture)}: {api.Message}",
        RequestException or HttpRequestException => "Telegram could not be reached: " + e.Message,
        _ => e.GetType().Name + ": " + e.Message,
    };

    /// <summary>
    /// A 429 waits the <c>retry_after</c> Telegram gives (kept within an hour). A 400 (no such chat) or a 403 (the client
    /// blocked the bot) will not change by trying again; anything else — a revoked token the administrator may replace,
    /// a server error, the network — is retried on the schedule.
    /// </summary>
    public static SendOutcome Outcome(Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 429 } api => SendOutcome.Failure(
            Describe(e), 429, TimeSpan.FromSeconds(Math.Clamp(api.Parameters?.RetryAfter ?? 1, 1, 3600))),
        ApiRequestException { ErrorCode: 400 or 403 } api => SendOutcome.Failure(Describe(e), api.ErrorCode, permanent: true),
        ApiRequestException api => SendOutcome.Failure(Describe(e), api.ErrorCode),
        _ => SendOutcome.Failure(Describe(e)),
    };
}
