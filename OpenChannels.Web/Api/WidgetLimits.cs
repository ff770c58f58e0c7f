namespace OpenChannels.Web.Api;

/// <summary>Limits of the public widget API: the section "Widget" of appsettings.json.</summary>
public sealed class WidgetLimits
{
    public const string Section = "Widget";

    /// <summary>Requests a client (or, before it has a session, an address) may make per minute on average.</summary>
    public int RequestsPerMinute { get; set; } = 240;

    /// <summary>Requests allowed in a burst above the average.</summary>
    public int Burst { get; set; } = 60;
}
