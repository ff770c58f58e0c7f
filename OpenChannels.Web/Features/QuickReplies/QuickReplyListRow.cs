namespace OpenChannels.Web.Features.QuickReplies;

/// <summary>A quick-reply list with how many replies it holds and how many channels use it.</summary>
public sealed record QuickReplyListRow(int Id, string Name, int Replies, int Channels);
