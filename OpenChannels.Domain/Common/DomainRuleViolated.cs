namespace OpenChannels.Domain.Common;

/// <summary>
/// Thrown by an entity when a behaviour would break one of its invariants. Services turn it into the
/// <see cref="Error"/> it carries, so a person sees the reason and nothing is saved.
/// </summary>
public sealed class DomainRuleViolated(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
