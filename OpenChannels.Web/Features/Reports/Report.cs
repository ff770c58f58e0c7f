namespace OpenChannels.Web.Features.Reports;

/// <summary>The figures of one report, computed for one viewer and filter; small enough to keep in a page.</summary>
public sealed record Report(
    ReportFilter Filter,
    IReadOnlyList<ReportChannel> Channels,
    IReadOnlyList<DateOnly> Periods,
    IReadOnlyList<VolumeRow> Volume,
    FirstResponseReport FirstResponse,
    IReadOnlyList<RatingRow> Ratings,
    IReadOnlyList<AgentLoadRow> Agents,
    BusyHours Hours)
{
    /// <summary>How many conversations the report counts.</summary>
    public int Total => Volume.Sum(v => v.Conversations);

    public bool IsEmpty => Total == 0;

    /// <summary>The channels with conversations in the report that count in UTC, having no time zone (the page names them).</summary>
    public IEnumerable<ReportChannel> InUtc => Channels.Where(c => c.CountsInUtc && Volume.Any(v => v.ChannelId == c.Id));
}
