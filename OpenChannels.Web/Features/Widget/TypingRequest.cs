namespace OpenChannels.Web.Features.Widget;

public sealed record TypingRequest(string? Text);
