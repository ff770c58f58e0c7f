namespace OpenChannels.Web.Features.Bots;

/// <summary>The bot API's answer: the stored messages' ids (a repeat gives the first one's), and whether the bot still holds the conversation.</summary>
public sealed record BotPosted(IReadOnlyList<long> MessageIds, bool WithBot);
