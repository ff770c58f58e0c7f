namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// Which columns a person shows in the conversation list (K-3: "choose which data to show"), kept on their account as
/// the columns' names, comma separated, in the list's order.
/// </summary>
public static class ListColumns
{
    public static readonly IReadOnlyList<ListColumn> All = Enum.GetValues<ListColumn>();

    /// <summary>What a person sees before choosing: who, where, when, and the KPI figures a supervisor looks at first.</summary>
    public static readonly IReadOnlyList<ListColumn> Default =
    [
        ListColumn.Number, ListColumn.Channel, ListColumn.Client, ListColumn.Holder, ListColumn.Status, ListColumn.Opened,
        ListColumn.Messages, ListColumn.ClientRating, ListColumn.InitialResponse, ListColumn.AverageResponse, ListColumn.Late,
    ];

    /// <summary>The stored choice, in the list's order; unknown names are skipped, and nothing left gives the default.</summary>
    public static IReadOnlyList<ListColumn> Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return Default;
        }

        var chosen = stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<ListColumn>(name, ignoreCase: true, out var column) && Enum.IsDefined(column) ? column : (ListColumn?)null)
            .OfType<ListColumn>()
            .ToHashSet();
        return chosen.Count == 0 ? Default : [.. All.Where(chosen.Contains)];
    }

    public static string Format(IEnumerable<ListColumn> columns) => string.Join(',', columns.Distinct().Order());
}
