using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A line of a card's timeline: a note or change (<see cref="Entry"/>), or a conversation.</summary>
public sealed record CrmTimelineItem(DateTimeOffset At, CrmTimelineEntry? Entry, string? Author, string? Detail, CrmConversationRow? Conversation);
