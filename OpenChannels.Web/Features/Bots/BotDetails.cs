using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Features.Bots;

/// <summary>One bot's page: its settings, FAQ entries, the channels that use it and its error log.</summary>
public sealed record BotDetails(Bot Bot, IReadOnlyList<FaqEntry> Entries, IReadOnlyList<string> Channels, IReadOnlyList<BotLogEntry> Log);
