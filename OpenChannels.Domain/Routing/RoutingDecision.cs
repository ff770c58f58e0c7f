namespace OpenChannels.Domain.Routing;

/// <summary>
/// A routing decision and its reasons: who was considered, who was skipped and why, who was chosen — and whether
/// the client's responsible person or the agent who locked their last conversation (M-5) got it first.
/// </summary>
public sealed record RoutingDecision(
    RoutingOutcome Outcome,
    int? ChosenEmployeeId,
    bool ViaResponsiblePerson,
    IReadOnlyList<CandidateVerdict> Candidates,
    bool ViaPin = false);
