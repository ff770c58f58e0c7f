namespace OpenChannels.Web.Features.Statistics;

/// <summary>What a conversation-list export writes: the rows of the filter, in the list's order, with the chosen columns.</summary>
public sealed record ListExportRequest(ConversationListFilter Filter, ListColumn SortBy, bool Descending, IReadOnlyList<ListColumn> Columns);
