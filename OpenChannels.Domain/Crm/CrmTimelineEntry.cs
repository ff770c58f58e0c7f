using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>A line of a CRM item's timeline: a note someone wrote, or a change the CRM recorded (CRM-1).</summary>
public sealed class CrmTimelineEntry
{
    public const int TextMaxLength = 4000;

    private CrmTimelineEntry()
    {
        Text = string.Empty;
    }

    private CrmTimelineEntry(CrmItemKind itemKind, int itemId, TimelineEntryKind kind, string text, int? authorId, DateTimeOffset at)
    {
        ItemKind = itemKind;
        ItemId = itemId;
        Kind = kind;
        Text = text;
        AuthorId = authorId;
        At = at;
    }

    public long Id { get; private set; }

    public CrmItemKind ItemKind { get; private set; }

    public int ItemId { get; private set; }

    public TimelineEntryKind Kind { get; private set; }

    /// <summary>A note's text, or the English template of a recorded change with its values after a <c>|</c>.</summary>
    public string Text { get; private set; }

    public int? AuthorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static CrmTimelineEntry Note(CrmItemKind itemKind, int itemId, string text, int authorId, DateTimeOffset at) =>
        new(itemKind, itemId, TimelineEntryKind.Note, Guard.RequiredText(text, "Note", TextMaxLength), authorId, at);

    public static CrmTimelineEntry Event(CrmItemKind itemKind, int itemId, TimelineEntryKind kind, string detail, int? authorId, DateTimeOffset at) =>
        new(itemKind, itemId, kind, detail.Length <= TextMaxLength ? detail : detail[..TextMaxLength], authorId, at);

    /// <summary>Merge: the duplicate's timeline joins the surviving contact's.</summary>
    public void MoveTo(int itemId) => ItemId = itemId;
}
