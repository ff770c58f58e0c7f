using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using OpenChannels.Web.Api;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Statistics;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Reports;

public static class ReportEndpoints
{
    public const string CsvRoute = "/reports/{table}.csv";

    /// <summary>Each report card's table as a CSV file, for those the reports page is for (P-2 "statistics").</summary>
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvRoute, CsvAsync).RequireAuthorization(Policies.Statistics);
        return endpoints;
    }

    /// <summary>The link to one table's file for the page's filter (the viewer's zone travels with it, so the file counts what the page shows).</summary>
    public static string CsvHref(string table, ReportFilter filter)
    {
        var channel = filter.ChannelId is { } id ? $"&channel={id.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return $"/reports/{table}.csv?from={Iso(filter.From)}&to={Iso(filter.To)}{channel}&tz={Uri.EscapeDataString(filter.ViewerZone.Id)}";
    }

    private static async Task<IResult> CsvAsync(
        string table,
        string? from,
        string? to,
        int? channel,
        string? tz,
        HttpContext http,
        ReportService reports,
        TimeProvider clock,
        IStringLocalizer<ReportsText> text,
        CancellationToken cancellationToken)
    {
        if (!ReportTables.Names.Contains(table))
        {
            return Problems.Of(StatusCodes.Status404NotFound, "Not found.", $"There is no report table \"{table}\".");
        }

        if (Day(from) is not { } first)
        {
            return Problems.Invalid("from", "Give the period's first day as YYYY-MM-DD.");
        }

        if (Day(to) is not { } last)
        {
            return Problems.Invalid("to", "Give the period's last day as YYYY-MM-DD.");
        }

        var filter = new ReportFilter(first, last, channel, ViewerTime.For(tz, clock).Zone);
        if (filter.Refusal() is { } refused)
        {
            return Problems.From(refused);
        }

        var viewer = Viewer.From(http.User)!;
        var report = await reports.BuildAsync(viewer, filter, cancellationToken);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"openchannels-{table}-{Iso(first)}-{Iso(last)}.csv",
        }.ToString();
        await using (var csv = new CsvWriter(http.Response.Body))
        {
            await ReportTables.WriteAsync(table, report, csv, text, cancellationToken);
        }

        return Results.Empty;
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
