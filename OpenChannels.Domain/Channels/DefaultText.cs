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
}
