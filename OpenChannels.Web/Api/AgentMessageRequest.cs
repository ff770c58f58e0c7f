namespace OpenChannels.Web.Api;

/// <summary>A reply to the client, or with <see cref="Note"/> an internal note the client never sees.</summary>
public sealed record AgentMessageRequest(string? Text, bool Note);
