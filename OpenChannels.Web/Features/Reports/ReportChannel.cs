namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// An open channel a report counts: its zone (H-1's; UTC when it has no working hours) folds its conversations into
/// days and hours, and its first-response target (K-1) is what its conversations are measured against.
/// </summary>
public sealed record ReportChannel(int Id, string Name, string? TimeZoneId, TimeSpan? InitialTarget)
{
    /// <summary>The zone its days and hours are counted in; null when it has none this machine knows.</summary>
    private readonly TimeZoneInfo? _own =
        TimeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : null;

    public TimeZoneInfo Zone => _own ?? TimeZoneInfo.Utc;

    /// <summary>Counted in UTC because it has no time zone of its own (the page says so).</summary>
    public bool CountsInUtc => _own is null;
}
