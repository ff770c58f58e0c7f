namespace OpenChannels.Domain.Bots;

/// <summary>An FAQ entry a message matched: how much of its closest phrasing the message holds, and how long that phrasing is.</summary>
public sealed record FaqMatch(FaqEntry Entry, double Score, int Weight);
