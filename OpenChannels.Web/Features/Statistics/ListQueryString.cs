using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// The conversation list's filter, order and columns as a query string: what the export link carries, and what the
/// export job keeps to run later. Every value is checked; a bad one is refused naming its parameter.
/// </summary>
public static class ListQueryString
{
    public static string Of(ConversationListFilter filter, ListColumn sortBy, bool descending, IEnumerable<ListColumn> columns)
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = filter.From?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["until"] = filter.Until?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["channel"] = Number(filter.ChannelId),
            ["holder"] = Number(filter.HolderEmployeeId),
            ["department"] = Number(filter.HolderDepartmentId),
            ["status"] = filter.Statuses.Count == 0 ? null : string.Join(',', filter.Statuses),
            ["rating"] = filter.ClientRating == ClientRatingFilter.Any ? null : filter.ClientRating.ToString(),
            ["stars"] = Number(filter.Stars),
            ["late"] = filter.Late?.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
            ["spam"] = filter.Spam?.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
            ["q"] = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim(),
            ["sort"] = sortBy.ToString(),
            ["desc"] = descending ? "true" : "false",
            ["columns"] = string.Join(',', columns),
        };
        return QueryHelpers.AddQueryString(string.Empty, values.Where(v => v.Value is not null)!);
    }

    /// <summary>The filter, order and columns a query string asks for; the first bad parameter is refused by name.</summary>
    public static Result<ListExportRequest> Parse(IQueryCollection query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        try
        {
            var filter = new ConversationListFilter
            {
                From = Time(Get("from"), "from"),
                Until = Time(Get("until"), "until"),
                ChannelId = Int(Get("channel"), "channel"),
                HolderEmployeeId = Int(Get("holder"), "holder"),
                HolderDepartmentId = Int(Get("department"), "department"),
                Statuses = Get("status")?.Split(',').Select(s => Enum<ConversationStatus>(s, "status")).ToList() ?? [],
                ClientRating = Get("rating") is { } rating ? Enum<ClientRatingFilter>(rating, "rating") : ClientRatingFilter.Any,
                Stars = Int(Get("stars"), "stars"),
                Late = Bool(Get("late"), "late"),
                Spam = Bool(Get("spam"), "spam"),
                Search = Get("q"),
            };
            var sort = Get("sort") is { } s ? Enum<ListColumn>(s, "sort") : ListColumn.Opened;
            var descending = Bool(Get("desc"), "desc") ?? true;
            var columns = Get("columns")?.Split(',').Select(c => Enum<ListColumn>(c, "columns")).Distinct().ToList() ?? [.. ListColumns.Default];
            if (filter.Validate() is { Succeeded: false } invalid)
            {
                return invalid.Error;
            }

            return new ListExportRequest(filter, sort, descending, columns);
        }
        catch (BadParameter bad)
        {
            return new InvalidInput(bad.Name, "The parameter \"{0}\" has an invalid value.", bad.Name);
        }
    }

    public static Result<ListExportRequest> Parse(string queryString) => Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? Int(string? text, string name) =>
        text is null ? null : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new BadParameter(name);

    private static bool? Bool(string? text, string name) =>
        text is null ? null : bool.TryParse(text, out var value) ? value : throw new BadParameter(name);

    private static DateTimeOffset? Time(string? text, string name) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value.ToUniversalTime()
        : throw new BadParameter(name);

    private static T Enum<T>(string text, string name)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new BadParameter(name);

    private sealed class BadParameter(string name) : Exception(name)
    {
        public string Name { get; } = name;
    }
}
