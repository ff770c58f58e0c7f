namespace OpenChannels.Domain.Bots;

/// <summary>Why a bot gave a conversation to the agents (B-3).</summary>
public enum HandOverReason
{
    /// <summary>The client sent <c>0</c>.</summary>
    ClientAsked = 1,

    /// <summary>The channel's hand-over time passed.</summary>
    TimeElapsed = 2,

    /// <summary>The bot asked for it (a webhook bot's reply, or an FAQ answer that offers an agent and got a <c>0</c>).</summary>
    BotAsked = 3,

    /// <summary>The webhook bot failed too many times in a row.</summary>
    BotFailed = 4,

    /// <summary>The bot was deleted or the channel's Chatbots tab turned off while it held the conversation.</summary>
    BotRemoved = 5,

    /// <summary>An agent accepted or took it over from the bot.</summary>
    AgentSteppedIn = 6,
}
