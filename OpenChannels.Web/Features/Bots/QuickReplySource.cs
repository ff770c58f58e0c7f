namespace OpenChannels.Web.Features.Bots;

/// <summary>A channel whose quick-reply list an FAQ bot can import.</summary>
public sealed record QuickReplySource(int OpenChannelId, string ChannelName, string ListName, int Replies);
