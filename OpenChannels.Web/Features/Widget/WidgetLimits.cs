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

    /// <summary>H2: files one visitor may send in 24 hours.</summary>
    public int UploadsPerVisitorPerDay { get; set; } = 50;

    /// <summary>H2: megabytes of files one visitor may send in 24 hours.</summary>
    public int UploadMegabytesPerVisitorPerDay { get; set; } = 100;

    /// <summary>H2: megabytes of files all visitors of one channel may send in 24 hours.</summary>
    public int UploadMegabytesPerChannelPerDay { get; set; } = 2048;

    /// <summary>H4: days a visitor's token outlives their last visit; after that the widget starts a new session.</summary>
    public int VisitorIdleDays { get; set; } = 90;

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Range($"{Section}:RequestsPerMinute", RequestsPerMinute, 6, 1_000_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:Burst", Burst, 1, 1_000_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:SessionsPerHour", SessionsPerHour, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:SessionBurst", SessionBurst, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:UploadsPerVisitorPerDay", UploadsPerVisitorPerDay, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:UploadMegabytesPerVisitorPerDay", UploadMegabytesPerVisitorPerDay, 1, 1_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:UploadMegabytesPerChannelPerDay", UploadMegabytesPerChannelPerDay, 1, 100_000_000),
        Infrastructure.SettingsCheck.Range($"{Section}:VisitorIdleDays", VisitorIdleDays, 1, 3650),
    ];
}
