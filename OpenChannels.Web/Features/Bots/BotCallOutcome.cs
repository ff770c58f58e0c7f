namespace OpenChannels.Web.Features.Bots;

/// <summary>How one delivery attempt to a webhook bot ended: its reply, or the error its administrator will read.</summary>
public sealed record BotCallOutcome(BotReply? Reply, string? Error)
{
    public static BotCallOutcome Success(BotReply reply) => new(reply, null);

    public static BotCallOutcome Failure(string error) => new(null, error);
}
