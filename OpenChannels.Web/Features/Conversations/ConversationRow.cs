using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>One line of the messenger's conversation list.</summary>
public sealed record ConversationRow(
    int Id,
    string ClientName,
    string ChannelName,
    ConnectorKind ConnectorKind,
    string? Title,
    string Preview,
    DateTimeOffset LastMessageAt,
    int Unread,
    ConversationStatus Status,
    MessengerSection Section,
    string? HolderName,
    bool IsOverdue)
{
    /// <summary>How many lines the list holds at most (the newest).</summary>
    public const int ListLimit = 500;

    public static IReadOnlyList<ConversationRow> InListOrder(IEnumerable<ConversationRow> rows) =>
        rows.OrderBy(r => r.Section).ThenByDescending(r => r.LastMessageAt).ToList();

    /// <summary>The list with one conversation's line replaced, added, or removed (null), in list order.</summary>
    public static IReadOnlyList<ConversationRow> Merge(IReadOnlyList<ConversationRow> rows, int conversationId, ConversationRow? row)
    {
        var others = rows.Where(r => r.Id != conversationId);
        var merged = row is null ? others : others.Append(row);

        // The list keeps the newest ListLimit; a line pushed out comes back on the next full read.
        return InListOrder(merged.OrderByDescending(r => r.LastMessageAt).Take(ListLimit));
    }
}
