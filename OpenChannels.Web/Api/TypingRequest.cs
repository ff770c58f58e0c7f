namespace OpenChannels.Web.Api;

public sealed record TypingRequest(string? Text);
