namespace OpenChannels.Domain.Routing;

/// <summary>What routing knows about one agent at one moment (read in the same transaction as the decision).</summary>
public sealed record AgentSnapshot(
    int EmployeeId,
    string Name,
    bool IsDismissed,
    bool IsOnVacation,
    DateTimeOffset? LastActivityAt,
    bool TracksWorkTime,
    WorkDayState WorkDay,
    DateTimeOffset? LastAssignedAt,
    int Load);
