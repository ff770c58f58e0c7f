namespace OpenChannels.Web.Features.Conversations;

public sealed record AgentAttachment(string Name, string ContentType, long Size, bool IsImage, string Url);
