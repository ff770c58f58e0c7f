namespace OpenChannels.Domain.Crm;

/// <summary>What a line of an item's timeline records; conversations join the timeline from their links.</summary>
public enum TimelineEntryKind
{
    Note = 1,
    Created = 2,
    Changed = 3,
    ResponsibleChanged = 4,
    Merged = 5,
    ConversationLinked = 6,
}
