using OpenChannels.Domain.Bots;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// B-1…B-4: a bot may take a new conversation before any agent. While it holds it the conversation is
/// <see cref="ConversationStatus.WithBot"/>: not routed, nobody's load, no agent clock running. The hand-over (the
/// client's <c>0</c>, the time, the bot's request or its failures, an agent stepping in) makes it a new request for the
/// queue; the bot then leaves, or stays until the end (B-4).
/// </summary>
public sealed partial class Conversation
{
    /// <summary>The bot in the conversation: holding it, or staying after the hand-over until the end (B-4).</summary>
    public int? BotId { get; private set; }

    /// <summary>B-4: the bot stays after the hand-over, until the conversation ends.</summary>
    public bool BotStaysUntilEnd { get; private set; }

    /// <summary>B-3, J-4: when the bot hands the conversation over if nobody asked before. Swept by the job runner.</summary>
    public DateTimeOffset? BotHandOverDueAt { get; private set; }

    /// <summary>When the bot gave the conversation to the agents.</summary>
    public DateTimeOffset? HandedOverAt { get; private set; }

    public HandOverReason? HandOverReason { get; private set; }

    public bool IsWithBot => Status == ConversationStatus.WithBot;

    /// <summary>The bot still takes part: it holds the conversation, or stays until the end.</summary>
    public bool HasBot => IsOpen && BotId is not null;

    /// <summary>B-1, B-2: the channel's bot takes this new conversation; call before its first message is recorded.</summary>
    public void StartWithBot(int botId, DateTimeOffset? handOverDueAt, BotDisconnect disconnect)
    {
        Changed();
        EnsureOpen();
        if (Status != ConversationStatus.Unassigned || AssignedEmployeeId is not null || FirstResponseAt is not null)
        {
            throw new InvalidOperationException($"Conversation {Id} is already with agents; a bot takes only new conversations.");
        }

        Status = ConversationStatus.WithBot;
        BotId = botId;
        BotStaysUntilEnd = disconnect == BotDisconnect.AtConversationEnd;
        BotHandOverDueAt = handOverDueAt;
    }

    /// <summary>The bot answered: the list shows its words, the agents' clocks do not move.</summary>
    public void RecordBotMessage(string preview, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        Touch(preview, at);
    }

    /// <summary>B-3, J-4: the hand-over time has come and the bot still holds it.</summary>
    public bool IsBotHandOverDue(DateTimeOffset now) => IsOpen && IsWithBot && BotHandOverDueAt <= now;

    /// <summary>
    /// B-3: the agents get it as a new request; their response clock starts now (K-1), the bot leaves unless it stays
    /// until the end (B-4). The caller routes it and, outside working hours, tells the client when agents are back.
    /// </summary>
    /// <param name="watch">The channel's KPI targets and clock; the wall clock without targets when omitted.</param>
    public void HandOverFromBot(HandOverReason reason, DateTimeOffset at, ResponseWatch? watch = null)
    {
        Changed();
        EnsureOpen();
        if (!IsWithBot)
        {
            throw new InvalidOperationException($"Conversation {Id} is not with a bot.");
        }

        AddDomainEvent(new HandedOverToAgents(this));
        Status = ConversationStatus.Unassigned;
        BotHandOverDueAt = null;
        HandedOverAt = at;
        HandOverReason = reason;
        Responses = Responses.ClientWrote(at, watch ?? ResponseWatch.Plain);
        if (!BotStaysUntilEnd)
        {
            BotId = null;
        }
    }

    /// <summary>The bot was deleted: it leaves a conversation it stayed in (the caller hands over those it still holds).</summary>
    public void DisconnectBot()
    {
        if (BotId is not null && !IsWithBot)
        {
            Changed();
            BotId = null;
        }
    }

    /// <summary>An agent accepts, takes or is given a conversation the bot holds: that is its hand-over.</summary>
    private void StepInBeforeBot(DateTimeOffset at)
    {
        if (IsWithBot)
        {
            HandOverFromBot(Bots.HandOverReason.AgentSteppedIn, at);
        }
    }

    /// <summary>B-4: at the end of the conversation the bot leaves, whatever it was set to.</summary>
    private void EndBot()
    {
        BotId = null;
        BotHandOverDueAt = null;
    }
}
