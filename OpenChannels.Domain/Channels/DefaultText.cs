namespace OpenChannels.Domain.Channels;

/// <summary>The automatic texts a channel sends, each with a default per language.</summary>
public enum DefaultText
{
    Greeting,
    OutOfHours,
    NoAgent,
    Closing,
    Timeout,
    Consent,
    ConsentTitle,
    Unanswered,

    /// <summary>O-2: shown by the live chat while the channel is inactive.</summary>
    Unavailable,

    /// <summary>R-5: the rating request in the live chat, answered with like or dislike.</summary>
    RatingRequestLiveChat,

    /// <summary>R-5: the rating request in every other channel, answered with 1 or 2.</summary>
    RatingRequestOther,

    /// <summary>B-1: the FAQ bot found no entry for the client's message (each bot may set its own).</summary>
    BotNoMatch,

    /// <summary>B-3: ends an FAQ answer that offers an agent.</summary>
    BotOffersAgent,

    /// <summary>B-3: the bot hands the conversation over to the agents.</summary>
    BotHandOver,

    /// <summary>B-3 outside working hours: when the agents are back ({0}).</summary>
    BotAgentsBack,

    /// <summary>CH-1: the answer of a disabled connector, which still keeps what the client wrote.</summary>
    ConnectorPaused,
}
