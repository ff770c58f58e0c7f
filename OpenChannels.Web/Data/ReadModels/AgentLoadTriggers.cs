namespace OpenChannels.Web.Data.ReadModels;

/// <summary>
/// The triggers on the Conversations table that keep <see cref="AgentLoad"/> in step (created by the AgentLoadCounters
/// migration, rewritten per open channel by AgentLoadsPerChannel, which hold their SQL). A conversation counts while it
/// is held and open, or closed and still awaiting the client's rating; which statuses a channel leaves out of its
/// limit, and whether its channel is active (O-2), is decided when reading (ConversationLoad.Counts, RoutingService), so
/// one table serves every channel. A change to them is a new migration.
/// </summary>
public static class AgentLoadTriggers
{
    public const string Insert = "AgentLoads_OnInsert";
    public const string Update = "AgentLoads_OnUpdate";
    public const string Delete = "AgentLoads_OnDelete";
}
