using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Features.Bots;

/// <summary>A bot in the list: what it is, how many FAQ entries it has, which channels use it, and its last error.</summary>
public sealed record BotRow(
    int Id, string Name, BotKind Kind, int Entries, IReadOnlyList<string> Channels, int HoldingNow, string? LastError, DateTimeOffset? LastErrorAt);
