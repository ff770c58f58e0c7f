namespace OpenChannels.Domain.Conversations;

public enum MessageKind
{
    /// <summary>Written by the client.</summary>
    Client = 1,

    /// <summary>Written by an agent to the client.</summary>
    Agent = 2,

    /// <summary>Automatic text (greeting, closing text…), shown to the client.</summary>
    System = 3,

    /// <summary>Silent mode (M-4): an internal note the client never receives by any path.</summary>
    Note = 4,

    /// <summary>Written by the conversation's bot (B-1), shown to the client with the bot's name.</summary>
    Bot = 5,
}
