namespace OpenChannels.Web.Connectors;

/// <summary>The operator's settings for connectors and webhooks (the <c>Connectors</c> section), checked at start.</summary>
public sealed class ConnectorSettings
{
    public const string Section = "Connectors";

    /// <summary>How long a receiver (a webhook, the Bot API, the mail server) has to take an event, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Send an event as soon as it is written, not only at the next sweep (every 5 s).</summary>
    public bool DispatchOnWrite { get; set; } = true;

    /// <summary>
    /// Whether an attachment given to the API inbox by URL may be fetched from this machine's own network (loopback,
    /// private ranges). Off: a caller cannot make the server read its neighbours.
    /// </summary>
    public bool FetchFromPrivateNetworks { get; set; }

    /// <summary>How long fetching an attachment by URL may take, in seconds.</summary>
    public int FetchTimeoutSeconds { get; set; } = 20;

    /// <summary>How many messages an API inbox connector may post per minute, on average.</summary>
    public int InboxRequestsPerMinute { get; set; } = 600;

    /// <summary>How many an API inbox connector may post at once, above its average.</summary>
    public int InboxBurst { get; set; } = 120;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public TimeSpan FetchTimeout => TimeSpan.FromSeconds(FetchTimeoutSeconds);

    /// <summary>The settings from configuration; a bad value stops the start with a message naming it.</summary>
    public static ConnectorSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ConnectorSettings>() ?? new ConnectorSettings();
        Infrastructure.SettingsCheck.ThrowIfAny(Section, settings.Validate());
        return settings;
    }

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Range($"{Section}:TimeoutSeconds", TimeoutSeconds, 1, 120),
        Infrastructure.SettingsCheck.Range($"{Section}:FetchTimeoutSeconds", FetchTimeoutSeconds, 1, 300),
        Infrastructure.SettingsCheck.Range($"{Section}:InboxRequestsPerMinute", InboxRequestsPerMinute, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:InboxBurst", InboxBurst, 1, 100_000),
    ];
}
