namespace OpenChannels.Domain.Routing;

/// <summary>One agent considered by a routing decision: null <see cref="Skipped"/> means eligible.</summary>
public sealed record CandidateVerdict(int EmployeeId, string Name, SkipReason? Skipped);
