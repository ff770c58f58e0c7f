namespace OpenChannels.Web.Features.Channels;

public sealed record QuickReplyRow(int Id, string Title, string Text);
