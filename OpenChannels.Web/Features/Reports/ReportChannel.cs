namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// An open channel a report counts: its zone (H-1's; UTC when it has no working hours) folds its conversations into
/// days and hours, and its first-response target (K-1) is what its conversations are measured against.
/// </summary>
public sealed record ReportChannel(int Id, string Name, string? TimeZoneId, TimeSpan? InitialTarget)
{
    public TimeZoneInfo Zone { get; } =
        TimeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Counted in UTC because it has no time zone of its own (the page says so).</summary>
    public bool CountsInUtc => Zone == TimeZoneInfo.Utc && TimeZoneId is null;
}
