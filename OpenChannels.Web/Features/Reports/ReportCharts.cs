using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OpenChannels.Web.Features.Reports;

/// <summary>A report's figures as MudBlazor chart series and labels.</summary>
public static class ReportCharts
{
    /// <summary>Axis labels that stay readable: about a dozen are written, the others left blank.</summary>
    public static string[] PeriodLabels(Report report, IStringLocalizer<ReportsText> text)
    {
        var every = Math.Max(1, (int)Math.Ceiling(report.Periods.Count / 12.0));
        return report.Periods
            .Select((p, i) => i % every == 0 ? ReportWording.Period(p, report.Filter.ByWeek, text) : string.Empty)
            .ToArray();
    }

    /// <summary>One series per channel, one value per day or week.</summary>
    public static List<ChartSeries<double>> Volume(Report report)
    {
        var index = report.Periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return report.Channels.Select(channel =>
        {
            var values = new double[report.Periods.Count];
            foreach (var row in report.Volume.Where(v => v.ChannelId == channel.Id))
            {
                values[index[row.Period]] += row.Conversations;
            }

            return new ChartSeries<double> { Name = channel.Name, Data = values };
        }).ToList();
    }

    public static List<ChartSeries<double>> Ranges(Report report, string name) =>
        [new ChartSeries<double> { Name = name, Data = report.FirstResponse.Ranges.Select(r => (double)r).ToArray() }];

    /// <summary>The share of likes in percent; a day without client ratings is a gap, not a zero.</summary>
    public static List<ChartSeries<double>> LikeShare(Report report, string name) =>
        [new ChartSeries<double> { Name = name, Data = new ChartData<double>(report.Ratings.Select(r => r.LikeShare * 100).ToList()) }];

    public static List<ChartSeries<double>> Stars(Report report, string name) =>
        [new ChartSeries<double> { Name = name, Data = new ChartData<double>(report.Ratings.Select(r => r.AverageStars).ToList()) }];

    /// <summary>One row per weekday, Monday first, one column per hour.</summary>
    public static List<ChartSeries<double>> Heat(Report report) =>
        BusyHours.Week.Select(day => new ChartSeries<double>
        {
            Name = ReportWording.Weekday(day),
            Data = Enumerable.Range(0, 24).Select(hour => (double)report.Hours[day, hour]).ToArray(),
        }).ToList();

    /// <summary>
    /// A y-axis step that gives about five ticks in round numbers (1, 2, 5, 10, 20…): MudBlazor's default step of 20
    /// would squash a quiet week into the bottom of the chart.
    /// </summary>
    public static int Step(double max)
    {
        var rough = Math.Max(1, Math.Ceiling(max / 5));
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        return (int)step;
    }

    /// <summary>The tallest stacked bar: the busiest day or week over all channels.</summary>
    public static double VolumeMax(Report report) =>
        report.Volume.GroupBy(v => v.Period).Select(g => g.Sum(v => v.Conversations)).DefaultIfEmpty().Max();

    /// <summary>Light for a quiet hour, dark for the busiest: one hue, so an empty hour does not look like an alarm.</summary>
    public static string[] HeatPalette { get; } = ["#e3f2fd", "#90caf9", "#42a5f5", "#1e88e5", "#0d47a1"];

    public static string[] HourLabels { get; } = Enumerable.Range(0, 24).Select(h => h.ToString(CultureInfo.InvariantCulture)).ToArray();
}
