using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A-3, A-4, A-6: what happens to a conversation nobody answers, and how long a closed one stays open to rating.</summary>
public sealed record UnansweredPolicy
{
    /// <summary>A-3: the time without an agent's answer before a conversation is marked unanswered.</summary>
    public static readonly MinutesRange AfterRange = new(1, 12 * 60, "1 minute and 12 hours");

    /// <summary>A-6: the delay from closing to fully closed (0 means at once).</summary>
    public static readonly MinutesRange FullCloseRange = new(1, 24 * 60, "1 minute and 1 day");

    private UnansweredPolicy()
    {
    }

    public UnansweredPolicy(TimeSpan? after, UnansweredAction action, string? text, TimeSpan? fullCloseDelay)
    {
        if (after is { } time && !AfterRange.Contains(time))
        {
            throw new DomainRuleViolated(new InvalidInput("Unanswered", "The unanswered time must be between {0}.", AfterRange.Described));
        }

        if (!Enum.IsDefined(action))
        {
            throw new DomainRuleViolated(new InvalidInput("UnansweredAction", "Choose what happens to unanswered conversations."));
        }

        if (fullCloseDelay is { } delay && !FullCloseRange.Contains(delay))
        {
            throw new DomainRuleViolated(new InvalidInput("FullCloseDelay", "The delay must be between {0}, or immediately.", FullCloseRange.Described));
        }

        After = after;
        Action = action;
        Text = Guard.OptionalText(text, "Unanswered text", AutomaticReply.TextMaxLength);
        FullCloseDelay = fullCloseDelay;
    }

    /// <summary>Nothing is marked unanswered; closed conversations fully close at once.</summary>
    public static UnansweredPolicy None { get; } = new();

    /// <summary>A-3: a conversation no agent answered this long after the client's first message is marked unanswered; null is never.</summary>
    public TimeSpan? After { get; private set; }

    public UnansweredAction Action { get; private set; }

    /// <summary>Null: the channel language's default.</summary>
    public string? Text { get; private set; }

    /// <summary>A-6: how long a closed conversation stays open to the client's rating; null is "immediately".</summary>
    public TimeSpan? FullCloseDelay { get; private set; }
}
