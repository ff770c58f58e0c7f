using System.Globalization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// What a report covers: whole days from <see cref="From"/> to <see cref="To"/> in the viewer's time zone, one open
/// channel or all of them. A conversation belongs to the period by when it started.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, int? ChannelId, TimeZoneInfo ViewerZone)
{
    /// <summary>Longer periods are drawn week by week, so a chart keeps a readable number of bars.</summary>
    public const int MaxDailyPoints = 62;

    /// <summary>The last 30 days up to today in the viewer's zone: what the page shows first.</summary>
    public static ReportFilter LastDays(DateTimeOffset now, TimeZoneInfo zone, int days = 30)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new ReportFilter(today.AddDays(1 - days), today, null, zone);
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether the charts count by week (Monday first) rather than by day.</summary>
    public bool ByWeek => Days > MaxDailyPoints;

    /// <summary>The first moment of the period (midnight of <see cref="From"/> in the viewer's zone).</summary>
    public DateTimeOffset Start => MidnightOf(From);

    /// <summary>The first moment after the period.</summary>
    public DateTimeOffset End => MidnightOf(To.AddDays(1));

    /// <summary>Why this period cannot be reported on, naming the field to change; null when it can.</summary>
    public Error? Refusal()
    {
        if (To < From)
        {
            return new InvalidInput("to", "The period ends before it starts.");
        }

        // One year at most, so a report stays a few thousand groups.
        if (To >= From.AddYears(1))
        {
            var latest = From.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new InvalidInput("to", "A report covers one year at most: choose an end no later than {0}.", latest);
        }

        return null;
    }

    private DateTimeOffset MidnightOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // A midnight that a DST change skips starts at the first moment that exists after it.
        while (ViewerZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, ViewerZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
