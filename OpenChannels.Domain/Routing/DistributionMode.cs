namespace OpenChannels.Domain.Routing;

/// <summary>Q-2: how a new conversation finds its agent.</summary>
public enum DistributionMode
{
    /// <summary>To the available agent whose last assignment is the oldest: the fastest answer, not equal counts.</summary>
    Evenly = 1,

    /// <summary>To the first available agent in queue order; on no acceptance, the next; after the last, the first.</summary>
    StrictlyInOrder = 2,

    /// <summary>Offered to every available agent; the first to accept takes it.</summary>
    ToAll = 3,
}
