using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// Folds the quarter-hour groups SQL counted into the days (or weeks) and hours of each channel's own time zone: the
/// zone's offset is applied to each quarter-hour, so a DST change or a half-hour zone lands every group where it belongs.
/// </summary>
internal static class ReportFolding
{
    public static (IReadOnlyList<DateOnly> Periods, IReadOnlyList<VolumeRow> Volume, IReadOnlyList<RatingRow> Ratings, BusyHours Hours) Fold(
        ReportFilter filter, IReadOnlyDictionary<int, ReportChannel> channels, IEnumerable<TimeBucket> buckets)
    {
        var volume = new Dictionary<(DateOnly, int), int>();
        var ratings = new Dictionary<DateOnly, RatingRow>();
        var hours = new BusyHours();
        foreach (var bucket in buckets)
        {
            var channel = channels[bucket.ChannelId];
            var local = TimeZoneInfo.ConvertTime(SqlTime.StartOf(bucket.QuarterHour), channel.Zone).DateTime;
            var period = PeriodOf(DateOnly.FromDateTime(local), filter.ByWeek);
            volume[(period, channel.Id)] = volume.GetValueOrDefault((period, channel.Id)) + bucket.Conversations;
            var rating = ratings.GetValueOrDefault(period) ?? new RatingRow(period, 0, 0, 0, 0);
            ratings[period] = rating with
            {
                Likes = rating.Likes + bucket.Likes,
                Dislikes = rating.Dislikes + bucket.Dislikes,
                StarRatings = rating.StarRatings + bucket.StarRatings,
                StarsTotal = rating.StarsTotal + bucket.StarsTotal,
            };
            hours.Add(local, bucket.Conversations);
        }

        var periods = Periods(filter, volume.Keys.Select(k => k.Item1));
        return (
            periods,
            volume.Select(v => new VolumeRow(v.Key.Item1, v.Key.Item2, channels[v.Key.Item2].Name, v.Value))
                .OrderBy(v => v.Period).ThenBy(v => v.Channel, StringComparer.CurrentCulture).ToList(),
            periods.Select(p => ratings.GetValueOrDefault(p) ?? new RatingRow(p, 0, 0, 0, 0)).ToList(),
            hours);
    }

    /// <summary>The day itself, or the Monday of its week.</summary>
    public static DateOnly PeriodOf(DateOnly day, bool byWeek) => byWeek ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;

    /// <summary>
    /// Every day (or week) of the period, empty ones included so the axis keeps its scale; stretched when a channel's
    /// zone puts a conversation on a day just outside the viewer's period.
    /// </summary>
    private static List<DateOnly> Periods(ReportFilter filter, IEnumerable<DateOnly> found)
    {
        var first = PeriodOf(filter.From, filter.ByWeek);
        var last = PeriodOf(filter.To, filter.ByWeek);
        foreach (var period in found)
        {
            first = period < first ? period : first;
            last = period > last ? period : last;
        }

        var step = filter.ByWeek ? 7 : 1;
        var periods = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddDays(step))
        {
            periods.Add(day);
        }

        return periods;
    }
}
