namespace OpenChannels.Domain.Routing;

/// <summary>Why a conversation was routed (shown in the assignment audit).</summary>
public enum RoutingTrigger
{
    NewConversation = 1,

    /// <summary>Q-3: the offered agent did not accept within the idle time.</summary>
    IdleTimeElapsed = 2,

    /// <summary>J-1: unassigned conversations are offered again every 2 minutes.</summary>
    Reoffer = 3,

    /// <summary>Q-5: the client wrote while their agent was offline.</summary>
    AgentOffline = 4,

    /// <summary>J-2: the agent was dismissed or went on vacation.</summary>
    AgentUnavailable = 5,

    /// <summary>A-4: no agent answered in time; back to the queue (Evenly).</summary>
    Unanswered = 7,

    /// <summary>Transferred in from another open channel.</summary>
    TransferredToChannel = 6,

    /// <summary>B-3: the bot handed the conversation over to the agents.</summary>
    BotHandOver = 8,
}
