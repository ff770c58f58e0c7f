using OpenChannels.Domain.Access;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// What a viewer may do to a conversation, from their access rights (P-2) and how they stand to it (docs/decisions/0013).
/// A conversation waiting in a queue is open to the queue's agents: taking it is their work, whatever their role.
/// O-2: the conversations of an inactive channel are nobody's to see until it is active again; callers check that.
/// </summary>
public static class ConversationAccess
{
    /// <summary>Open it and read it: its history level reaches it, or the viewer may join it.</summary>
    public static bool MaySee(EffectiveRights rights, ConversationStanding standing) =>
        rights.Covers(Permission.ConversationHistory, standing.ToConversation) || MayJoin(rights, standing);

    /// <summary>
    /// Write in it, accept it, take it over, pin it, invite colleagues into it. P-4: access to its CRM item wins over
    /// the levels.
    /// </summary>
    public static bool MayJoin(EffectiveRights rights, ConversationStanding standing) =>
        standing.WaitingInTheirQueue || standing.ThroughCrm || rights.Covers(Permission.JoinConversation, standing.ToConversation);

    /// <summary>
    /// Finish it, mark it as spam, transfer it: its holder; anyone who may join it while nobody holds it; and whoever's
    /// joining level reaches its holder (a supervisor of the holder's department, or one of every conversation).
    /// Others take it over first (M-3).
    /// </summary>
    public static bool MayManage(EffectiveRights rights, ConversationStanding standing) =>
        standing.ToHolder is { } holder ? rights.Covers(Permission.JoinConversation, holder) : MayJoin(rights, standing);

    /// <summary>
    /// Whose conversations the viewer's history or joining level reaches at the widest (beyond the waiting ones of
    /// their queues): the same rule as <see cref="MaySee"/>, as the list's query needs it.
    /// </summary>
    public static AccessLevel SeeingReach(EffectiveRights rights) =>
        (AccessLevel)Math.Max((int)rights[Permission.ConversationHistory], (int)rights[Permission.JoinConversation]);
}
