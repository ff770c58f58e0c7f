namespace OpenChannels.Web.Features.Scheduling;

/// <summary>What the Working hours tab edits (H-1, H-2, H-12, Q-12).</summary>
public sealed class WorkingHoursForm
{
    public bool Enabled { get; set; }

    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeSpan? Opens { get; set; } = new(9, 0, 0);

    public TimeSpan? Closes { get; set; } = new(18, 0, 0);

    public HashSet<DayOfWeek> DaysOff { get; set; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Comma-separated dd.mm, e.g. "31.12, 01.01".</summary>
    public string Holidays { get; set; } = string.Empty;

    public bool OutOfHoursReply { get; set; } = true;

    public string? OutOfHoursText { get; set; }

    public bool ShowWidgetOnlyDuringHours { get; set; }

    public bool NoAgentReply { get; set; } = true;

    public string? NoAgentText { get; set; }

    /// <summary>The defaults in the channel's language, shown as placeholders.</summary>
    public string DefaultOutOfHoursText { get; init; } = string.Empty;

    public string DefaultNoAgentText { get; init; } = string.Empty;
}
