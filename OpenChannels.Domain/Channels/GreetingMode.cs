namespace OpenChannels.Domain.Channels;

/// <summary>A-1: when clients are greeted automatically.</summary>
public enum GreetingMode
{
    Off = 0,

    /// <summary>Once, on the client's first contact with this connector.</summary>
    FirstContact = 1,

    /// <summary>At every new conversation.</summary>
    EveryConversation = 2,
}
