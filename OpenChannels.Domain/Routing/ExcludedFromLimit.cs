namespace OpenChannels.Domain.Routing;

/// <summary>
/// conversations that do not count towards an agent's simultaneous limit. As seed 003 lists them, every one of
/// the three also leaves out the conversations closed and awaiting the client's rating (status Closed, inside the delay
/// until fully closed, A-6) — whether or not the client has rated yet.
/// </summary>
[Flags]
public enum ExcludedFromLimit
{
    None = 0,

    /// <summary>The agent replied at least once; closed ones awaiting the rating included.</summary>
    Answered = 1,

    /// <summary>The agent's message is the last: waiting for the client's reaction; closed ones awaiting the rating included.</summary>
    WaitingForClient = 2,

    /// <summary>Closed, awaiting the client's rating.</summary>
    Closed = 4,
}
