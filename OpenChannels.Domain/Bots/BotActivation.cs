namespace OpenChannels.Domain.Bots;

/// <summary>B-2: when the channel's bot takes a new conversation.</summary>
public enum BotActivation
{
    /// <summary>Only the client's first conversation with this connector.</summary>
    FirstRequestOnly = 1,

    /// <summary>Every new conversation.</summary>
    EveryConversation = 2,
}
