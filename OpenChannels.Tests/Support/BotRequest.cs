namespace OpenChannels.Tests.Support;

/// <summary>An event as the test bot received it, and how it answered.</summary>
public sealed record BotRequest(string EventId, string Signature, string Body, int Status, bool Handled);
