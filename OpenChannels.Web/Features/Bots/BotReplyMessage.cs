namespace OpenChannels.Web.Features.Bots;

/// <summary>One message of a bot's reply; its id, when given, makes a repeat of it stored once.</summary>
public sealed record BotReplyMessage(string Text, string? Id);
