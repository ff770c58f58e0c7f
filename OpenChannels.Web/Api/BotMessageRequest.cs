namespace OpenChannels.Web.Api;

/// <summary>A bot's message: its text, its own id for it (a repeat is stored once), and whether to hand over after it.</summary>
public sealed record BotMessageRequest(string? Text, string? Id, bool HandOver);
