namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>The operator's settings for Telegram bots (the <c>Telegram</c> section), checked at start.</summary>
public sealed class TelegramApiSettings
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>The Bot API server: Telegram's, or a self-hosted Bot API server (and a fake one in tests).</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Whether this instance polls the bots in polling mode; off for an instance that leaves it to another.</summary>
    public bool PollingEnabled { get; set; } = true;

    /// <summary>How long one long-poll request waits for an update at Telegram, in seconds.</summary>
    public int PollSeconds { get; set; } = 25;

    /// <summary>The app's public HTTPS address, e.g. https://chat.example.com: needed only for bots in webhook mode.</summary>
    public string? PublicUrl { get; set; }

    public TimeSpan PollWait => TimeSpan.FromSeconds(PollSeconds);

    /// <summary>The settings from configuration; a bad value stops the start with a message naming it.</summary>
    public static TelegramApiSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<TelegramApiSettings>() ?? new TelegramApiSettings();
        Infrastructure.SettingsCheck.ThrowIfAny(Section, settings.Validate());
        return settings;
    }

    public IEnumerable<string?> Validate() =>
    [
        Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) && (api.Scheme == Uri.UriSchemeHttps || api.Scheme == Uri.UriSchemeHttp)
            ? null
            : $"{Section}:ApiBaseUrl must be an absolute http or https address such as {DefaultApiBaseUrl}; it is '{ApiBaseUrl}'.",
        string.IsNullOrWhiteSpace(PublicUrl) || (Uri.TryCreate(PublicUrl, UriKind.Absolute, out var own) && (own.Scheme == Uri.UriSchemeHttps || own.IsLoopback))
            ? null
            : $"{Section}:PublicUrl must be the app's absolute https address, such as https://chat.example.com; it is '{PublicUrl}'.",
        Infrastructure.SettingsCheck.Range($"{Section}:PollSeconds", PollSeconds, 0, 50),
    ];

    /// <summary>Where Telegram posts a webhook bot's updates; null when the app has no public address.</summary>
    public string? WebhookUrlFor(string connectorKey) =>
        string.IsNullOrWhiteSpace(PublicUrl) ? null : $"{PublicUrl.TrimEnd('/')}/api/telegram/{connectorKey}";
}
