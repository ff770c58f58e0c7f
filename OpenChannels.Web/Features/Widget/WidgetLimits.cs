namespace OpenChannels.Web.Features.Widget;

/// <summary>Limits of the public widget API: the section "Widget" of appsettings.json.</summary>
public sealed class WidgetLimits
{
    public const string Section = "Widget";

    /// <summary>Requests a client (or, before its token is known, an address) may make per minute on average.</summary>
    public int RequestsPerMinute { get; set; } = 240;

    /// <summary>Requests allowed in a burst above the average.</summary>
    public int Burst { get; set; } = 60;

    /// <summary>New chat sessions one address may start per hour on average: each one is a database write.</summary>
    public int SessionsPerHour { get; set; } = 60;

    /// <summary>New chat sessions one address may start in a burst above that average.</summary>
    public int SessionBurst { get; set; } = 10;

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Range($"{Section}:RequestsPerMinute", RequestsPerMinute, 6, 1_000_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:Burst", Burst, 1, 1_000_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:SessionsPerHour", SessionsPerHour, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:SessionBurst", SessionBurst, 1, 1_000_000),
    ];
}
