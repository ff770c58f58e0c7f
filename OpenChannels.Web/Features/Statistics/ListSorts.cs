namespace OpenChannels.Web.Features.Statistics;

/// <summary>Which list column the grid's sort (named after the row's property) stands for.</summary>
public static class ListSorts
{
    private static readonly Dictionary<string, ListColumn> Columns = new(StringComparer.Ordinal)
    {
        [nameof(ConversationListRow.Id)] = ListColumn.Number,
        [nameof(ConversationListRow.ChannelName)] = ListColumn.Channel,
        [nameof(ConversationListRow.Connector)] = ListColumn.Connector,
        [nameof(ConversationListRow.ClientName)] = ListColumn.Client,
        [nameof(ConversationListRow.HolderName)] = ListColumn.Holder,
        [nameof(ConversationListRow.Status)] = ListColumn.Status,
        [nameof(ConversationListRow.OpenedAt)] = ListColumn.Opened,
        [nameof(ConversationListRow.ClosedAt)] = ListColumn.Closed,
        [nameof(ConversationListRow.Messages)] = ListColumn.Messages,
        [nameof(ConversationListRow.ClientRating)] = ListColumn.ClientRating,
        [nameof(ConversationListRow.SupervisorStars)] = ListColumn.SupervisorRating,
        [nameof(ConversationListRow.InitialResponseSeconds)] = ListColumn.InitialResponse,
        [nameof(ConversationListRow.TotalResponseSeconds)] = ListColumn.TotalResponse,
        [nameof(ConversationListRow.AverageResponseSeconds)] = ListColumn.AverageResponse,
        [nameof(ConversationListRow.MaxResponseSeconds)] = ListColumn.MaxResponse,
        [nameof(ConversationListRow.LateCount)] = ListColumn.Late,
    };

    public static ListColumn? ByProperty(string? property) => property is not null && Columns.TryGetValue(property, out var column) ? column : null;
}
