using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Web.Features.Reports;

/// <summary>Each report card's table as CSV: the figures the chart draws, one row per point, headers in the reader's language.</summary>
public static class ReportTables
{
    public const string Volume = "volume";
    public const string FirstResponse = "first-response";
    public const string Ratings = "ratings";
    public const string Agents = "agents";
    public const string Hours = "hours";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>([Volume, FirstResponse, Ratings, Agents, Hours], StringComparer.Ordinal);

    public static async Task WriteAsync(string table, Report report, CsvWriter csv, IStringLocalizer<ReportsText> text, CancellationToken cancellationToken)
    {
        switch (table)
        {
            case Volume:
                await csv.HeaderAsync([text[report.Filter.ByWeek ? "Week of" : "Day"], text["Open channel"], text["Conversations"]], cancellationToken);
                foreach (var row in report.Volume)
                {
                    await csv.Text(Iso(row.Period)).Text(row.Channel).Number(row.Conversations).EndRowAsync(cancellationToken);
                }

                break;
            case FirstResponse:
                await csv.HeaderAsync([text["First response"], text["Conversations"], text["Share (%)"]], cancellationToken);
                var ranges = ReportWording.Ranges(text);
                var answered = report.FirstResponse.Answered;
                for (var i = 0; i < ranges.Count; i++)
                {
                    var count = report.FirstResponse.Ranges[i];
                    await csv.Text(ranges[i]).Number(count).Number(answered == 0 ? null : 100.0 * count / answered).EndRowAsync(cancellationToken);
                }

                break;
            case Ratings:
                await csv.HeaderAsync(
                    [text[report.Filter.ByWeek ? "Week of" : "Day"], text["Likes"], text["Dislikes"], text["Like share (%)"], text["Supervisor ratings"], text["Average stars"]],
                    cancellationToken);
                foreach (var row in report.Ratings)
                {
                    await csv.Text(Iso(row.Period)).Number(row.Likes).Number(row.Dislikes).Number(row.LikeShare * 100)
                        .Number(row.StarRatings).Number(row.AverageStars).EndRowAsync(cancellationToken);
                }

                break;
            case Agents:
                await csv.HeaderAsync(
                    [text["Agent"], text["Conversations"], text["Average response (s)"], text["Likes"], text["Dislikes"], text["Average stars"]], cancellationToken);
                foreach (var row in report.Agents)
                {
                    await csv.Text(row.Name).Number(row.Conversations).Number(row.AverageResponseSeconds).Number(row.Likes).Number(row.Dislikes)
                        .Number(row.AverageStars).EndRowAsync(cancellationToken);
                }

                break;
            case Hours:
                await csv.HeaderAsync([text["Weekday"], .. Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture))], cancellationToken);
                foreach (var day in BusyHours.Week)
                {
                    csv.Text(CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day));
                    for (var hour = 0; hour < 24; hour++)
                    {
                        csv.Number(report.Hours[day, hour]);
                    }

                    await csv.EndRowAsync(cancellationToken);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, "No such report table.");
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
