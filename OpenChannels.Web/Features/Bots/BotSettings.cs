namespace OpenChannels.Web.Features.Bots;

/// <summary>The operator's settings for webhook bots (the <c>Bots</c> section), checked at start.</summary>
public sealed class BotSettings
{
    public const string Section = "Bots";

    /// <summary>How long a bot has to answer an event, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Send an event as soon as it is written, not only at the next sweep (every 5 s).</summary>
    public bool DispatchOnWrite { get; set; } = true;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>The settings from configuration; a bad value stops the start with a message naming it.</summary>
    public static BotSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<BotSettings>() ?? new BotSettings();
        Infrastructure.SettingsCheck.ThrowIfAny(Section, settings.Validate());
        return settings;
    }

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Range($"{Section}:TimeoutSeconds", TimeoutSeconds, 1, 60),
    ];
}
