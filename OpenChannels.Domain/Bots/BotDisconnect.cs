namespace OpenChannels.Domain.Bots;

/// <summary>B-4: when the bot leaves a conversation it handed over.</summary>
public enum BotDisconnect
{
    /// <summary>As soon as agents have it.</summary>
    AfterHandOver = 1,

    /// <summary>It stays until the conversation ends, alongside the agents.</summary>
    AtConversationEnd = 2,
}
