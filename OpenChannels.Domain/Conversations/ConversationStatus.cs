namespace OpenChannels.Domain.Conversations;

/// <summary>Where a conversation is in its life (SPEC M-1…M-5, Q-6).</summary>
public enum ConversationStatus
{
    /// <summary>New: no agent has it yet; offered to the channel's queue.</summary>
    Unassigned = 1,

    /// <summary>An agent accepted it but has not replied yet.</summary>
    Assigned = 2,

    /// <summary>The agent replied at least once and the client has written again (Q-6 "answered").</summary>
    Answered = 3,

    /// <summary>The agent's message is the last: waiting for the client's reaction.</summary>
    WaitingForClient = 4,

    /// <summary>Closed by an agent; the rating window may still be open .</summary>
    Closed = 5,

    /// <summary>Closed for good.</summary>
    FullyClosed = 6,

    /// <summary>Marked as spam / force-stopped (M-2); the client may write again later.</summary>
    Spam = 7,

    /// <summary>B-1: a bot answers it; it is not routed to agents and counts toward nobody's limit until the hand-over (B-3).</summary>
    WithBot = 8,
}
