namespace OpenChannels.Domain.Routing;

public enum RoutingOutcome
{
    /// <summary>Offered to one agent (Evenly, In order, or the responsible person).</summary>
    Offered,

    /// <summary>To all: offered to every eligible agent; the first to accept takes it.</summary>
    OfferedToAll,

    /// <summary>Q-11: nobody meets the criteria; it stays unassigned.</summary>
    NoAgentAvailable,
}
