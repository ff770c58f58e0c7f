namespace OpenChannels.Web.Features.QuickReplies;

public sealed record QuickReplyRow(int Id, string Title, string Text);
