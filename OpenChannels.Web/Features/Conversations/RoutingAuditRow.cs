using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>One routing decision as supervisors read it.</summary>
public sealed record RoutingAuditRow(
    DateTimeOffset At,
    RoutingTrigger Trigger,
    RoutingOutcome Outcome,
    string? ChosenName,
    bool ViaResponsiblePerson,
    IReadOnlyList<CandidateVerdict> Candidates,
    bool ViaPin = false);
