namespace OpenChannels.Domain.Common;

/// <summary>Several inputs broke their rules at once (a form checked as a whole); each keeps its field.</summary>
public sealed record InvalidFields(IReadOnlyList<InvalidInput> Errors)
    : Error(string.Join(" ", Errors.Select(e => e.Reason)));
