using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// R-1…R-5 (the Rating tab): whether the client is asked to rate the agent once the conversation is finished, may rate
/// while it is still going on, whether their rating closes it, how long they have to rate, and the request's words per
/// kind of connector. are options of R-1: without it the client is never asked and cannot rate.
/// </summary>
public sealed record RatingPolicy
{
    /// <summary>R-4: the time limit, as long as the longest delay until fully closed it shortens.</summary>
    public static readonly MinutesRange TimeLimitRange = new(1, 24 * 60, "1 minute and 1 day");

    public static readonly RatingPolicy None = new();

    private RatingPolicy()
    {
    }

    public RatingPolicy(
        bool askClient, bool allowDuringConversation, bool closeOnRating, TimeSpan? timeLimit, string? liveChatText, string? otherChannelsText)
    {
        if (timeLimit is { } limit && !TimeLimitRange.Contains(limit))
        {
            throw new DomainRuleViolated(new InvalidInput("TimeLimit", "The time limit for the client's rating must be between {0}.", TimeLimitRange.Described));
        }

        AskClient = askClient;
        AllowDuringConversation = allowDuringConversation;
        CloseOnRating = closeOnRating;
        TimeLimit = timeLimit;
        LiveChatText = Guard.OptionalText(liveChatText, "Rating request in the live chat", AutomaticReply.TextMaxLength);
        OtherChannelsText = Guard.OptionalText(otherChannelsText, "Rating request in other channels", AutomaticReply.TextMaxLength);
    }

    /// <summary>R-1: ask the client to rate the agent when the agent finishes the conversation.</summary>
    public bool AskClient { get; private init; }

    /// <summary>R-2: the client may rate while the conversation is still going on.</summary>
    public bool AllowDuringConversation { get; private init; }

    /// <summary>R-3: the client's rating closes the conversation for good.</summary>
    public bool CloseOnRating { get; private init; }

    /// <summary>R-4: how long after the close the client may rate; null is until the conversation is fully closed .</summary>
    public TimeSpan? TimeLimit { get; private init; }

    /// <summary>R-5: the request in the live chat; null is the language's default.</summary>
    public string? LiveChatText { get; private init; }

    /// <summary>R-5: the request in text channels, answered with 1 or 2 (like or dislike); null is the language's default.</summary>
    public string? OtherChannelsText { get; private init; }

    /// <summary>R-2: the client may rate an ongoing conversation.</summary>
    public bool RatesOngoing => AskClient && AllowDuringConversation;

    /// <summary>R-5: the request's words for a kind of connector: the live chat's, or those of every other channel.</summary>
    public static DefaultText RequestTextFor(ConnectorKind kind) =>
        kind == ConnectorKind.LiveChat ? DefaultText.RatingRequestLiveChat : DefaultText.RatingRequestOther;

    /// <summary>R-5: the channel's own words for the request on a kind of connector; null when it uses the default.</summary>
    public string? OwnTextFor(ConnectorKind kind) => kind == ConnectorKind.LiveChat ? LiveChatText : OtherChannelsText;
}
