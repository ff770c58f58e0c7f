namespace OpenChannels.Web.Features.Statistics;

/// <summary>One page of the conversation list: the filter, the order, and which page of how many rows.</summary>
public sealed record ConversationListQuery(ConversationListFilter Filter, ListColumn SortBy = ListColumn.Opened, bool Descending = true, int Page = 0, int PageSize = 25)
{
    public const int MaxPageSize = 100;
}
