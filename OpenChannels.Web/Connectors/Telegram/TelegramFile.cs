using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>A downloaded file, or the line that tells the agent why there is none.</summary>
public sealed record TelegramFile(Attachment? Attachment, string? Note);
