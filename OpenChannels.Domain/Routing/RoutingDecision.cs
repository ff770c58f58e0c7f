namespace OpenChannels.Domain.Routing;

/// <summary>A routing decision and its reasons: who was considered, who was skipped and why, who was chosen.</summary>
public sealed record RoutingDecision(
    RoutingOutcome Outcome,
    int? ChosenEmployeeId,
    bool ViaResponsiblePerson,
    IReadOnlyList<CandidateVerdict> Candidates);
