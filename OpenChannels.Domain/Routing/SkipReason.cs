namespace OpenChannels.Domain.Routing;

/// <summary>Why routing passed an agent over (the assignment audit).</summary>
public enum SkipReason
{
    Dismissed,
    OnVacation,
    Offline,
    WorkDayNotStarted,
    OnBreak,
    AtLimit,

    /// <summary>Had it and did not accept in time (the next one gets it).</summary>
    DidNotAccept,

    /// <summary>Available, but another agent came first (in order, or an older last assignment).</summary>
    NotChosen,
}
