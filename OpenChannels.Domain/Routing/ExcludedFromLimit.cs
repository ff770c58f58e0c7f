namespace OpenChannels.Domain.Routing;

/// <summary>Q-6: conversations that do not count towards an agent's simultaneous limit.</summary>
[Flags]
public enum ExcludedFromLimit
{
    None = 0,

    /// <summary>The agent replied at least once (closed and awaiting-rating ones included).</summary>
    Answered = 1,

    /// <summary>The agent's message is the last: waiting for the client's reaction.</summary>
    WaitingForClient = 2,

    /// <summary>Closed, awaiting the client's rating.</summary>
    Closed = 4,
}
