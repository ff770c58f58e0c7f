using System.Text.RegularExpressions;
using Telegram.Bot;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// Bot API clients for a connector's bot, on the operator's <see cref="TelegramApiSettings.ApiBaseUrl"/>. The library's
/// own wait-and-retry on a 429 is off: the outbox waits as long as Telegram asks, without holding a thread.
/// </summary>
public sealed partial class TelegramBots(IHttpClientFactory http, ConnectorCredentials credentials, TelegramApiSettings settings)
{
    public const string HttpClientName = "telegram";

    /// <summary>A client for the bot whose token the connector keeps protected.</summary>
    public ITelegramBotClient ForProtected(string protectedToken) => For(credentials.Unprotect(protectedToken));

    public ITelegramBotClient For(string token)
    {
        var baseUrl = settings.ApiBaseUrl.TrimEnd('/') == TelegramApiSettings.DefaultApiBaseUrl ? null : settings.ApiBaseUrl;
        var options = new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0, RetryCount = 0 };
        return new TelegramBotClient(options, http.CreateClient(HttpClientName));
    }

    /// <summary>Where a file the Bot API named by <c>file_path</c> is downloaded, on the same server.</summary>
    public Uri FileUri(string protectedToken, string filePath) =>
        new($"{settings.ApiBaseUrl.TrimEnd('/')}/file/bot{credentials.Unprotect(protectedToken)}/{filePath.TrimStart('/')}");

    public HttpClient Http() => http.CreateClient(HttpClientName);

    /// <summary>What @BotFather gives: the bot's number, a colon, and a secret of letters, digits, '_' and '-'.</summary>
    public static bool LooksLikeToken(string? token) => token is not null && TokenFormat().IsMatch(token);

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{30,100}$")]
    private static partial Regex TokenFormat();
}
