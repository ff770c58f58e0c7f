using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OpenChannels.Web.Features.Reports;

/// <summary>The words the charts and the CSV files share, in the reader's language.</summary>
public static class ReportWording
{
    /// <summary>The names of <see cref="FirstResponseReport.Edges"/>'s ranges, shortest first.</summary>
    public static IReadOnlyList<string> Ranges(IStringLocalizer<ReportsText> text) =>
    [
        text["Under 30 s"], text["30 s – 1 min"], text["1–2 min"], text["2–5 min"], text["5–15 min"], text["15–60 min"], text["1 h or more"],
    ];

    /// <summary>A day, or the week from that Monday, as an axis label in the reader's culture.</summary>
    public static string Period(DateOnly period, bool byWeek, IStringLocalizer<ReportsText> text)
    {
        var day = period.ToString("d MMM", CultureInfo.CurrentCulture);
        return byWeek ? text["Week of {0}", day] : day;
    }

    /// <summary>A duration as people read it: seconds under a minute, minutes under an hour, hours beyond.</summary>
    public static string Duration(double? seconds, IStringLocalizer<ReportsText> text) => seconds switch
    {
        null => "—",
        < 60 => text["{0} s", Math.Round(seconds.Value).ToString("0", CultureInfo.CurrentCulture)],
        < 3600 => text["{0} min", (seconds.Value / 60).ToString("0.#", CultureInfo.CurrentCulture)],
        _ => text["{0} h", (seconds.Value / 3600).ToString("0.#", CultureInfo.CurrentCulture)],
    };

    public static string Weekday(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day);
}
