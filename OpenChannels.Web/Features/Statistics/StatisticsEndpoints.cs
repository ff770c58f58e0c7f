using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenChannels.Web.Api;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Statistics;

public static class StatisticsEndpoints
{
    /// <summary>
    /// The conversation list as CSV, streamed as it is read (constant memory for any number of rows): the filter, order
    /// and columns of the query string, times in the reader's zone. A bad parameter is a problem naming it.
    /// </summary>
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/conversations/export.csv", async (
                HttpContext http, ConversationListService list, IStringLocalizer<StatisticsText> text, UserPreferenceService preferences,
                TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (Viewer.From(http.User) is not { } viewer)
                {
                    return Results.Forbid();
                }

                var parsed = ListQueryString.Parse(http.Request.Query);
                if (!parsed.Succeeded)
                {
                    return Problems.From(parsed.Error);
                }

                var zone = http.User.UserId() is { } user ? await preferences.GetTimeZoneAsync(user) : null;
                var time = ViewerTime.For(zone ?? http.Request.Cookies[ViewerTime.Cookie], clock);
                var request = parsed.Value;
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(time, clock)}\"";
                http.Response.Headers.CacheControl = "no-store";
                await using (var csv = new CsvWriter(http.Response.Body))
                {
                    await ListCsv.WriteAsync(
                        csv, list.AllAsync(viewer, request.Filter, request.SortBy, request.Descending, cancellationToken), request.Columns, new ListWording(text), time,
                        cancellationToken: cancellationToken);
                }

                return Results.Empty;
            })
            .RequireAuthorization(Policies.Statistics);

        // A background export's file, for the employee who asked for it; anyone else is told it does not exist.
        endpoints.MapGet("/conversations/exports/{id:int}", async (int id, HttpContext http, ListExports exports, TimeProvider clock) =>
                Viewer.From(http.User) is { } viewer && await exports.FileAsync(viewer, id) is { } path
                    ? Results.File(path, "text/csv; charset=utf-8", $"conversations-export-{id}.csv")
                    : Results.NotFound())
            .RequireAuthorization(Policies.Statistics);
        return endpoints;
    }

    /// <summary>"conversations-2026-12-02.csv", the day in the reader's zone.</summary>
    public static string FileName(ViewerTime time, TimeProvider clock) =>
        $"conversations-{time.Day(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
