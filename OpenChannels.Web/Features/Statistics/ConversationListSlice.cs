namespace OpenChannels.Web.Features.Statistics;

/// <summary>One page of the conversation list and how many rows the filter finds in all.</summary>
public sealed record ConversationListSlice(IReadOnlyList<ConversationListRow> Rows, int Total);
