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
}
