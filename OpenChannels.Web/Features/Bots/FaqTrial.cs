namespace OpenChannels.Web.Features.Bots;

/// <summary>What an FAQ bot would answer a message (the bot page's "Try it"): the entry, its answer and how closely it matched (0 to 1).</summary>
public sealed record FaqTrial(int EntryId, string Answer, bool OffersAgent, double Score);
