using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// Who may read and work in a conversation until the access-rights model (SPEC P) lands: administrators, the
/// members of its open channel's queue, and the agents holding it or invited into it. O-2: nobody sees the
/// conversations of an inactive channel (they are kept, and reappear when it is active again).
/// </summary>
public static class ConversationAccess
{
    /// <param name="inQueue">The employee is in the channel's queue, directly or through a department.</param>
    public static bool CanSee(int employeeId, bool isAdministrator, Conversation conversation, OpenChannel channel, bool inQueue) =>
        channel.IsActive && (isAdministrator || conversation.Involves(employeeId) || inQueue);

    /// <summary>
    /// Finishing, marking as spam and transferring are for whoever holds it (or anyone while nobody does); an
    /// administrator may act on anyone's. Others take it over first (M-3).
    /// </summary>
    public static bool MayManage(int? holderEmployeeId, int employeeId, bool isAdministrator) =>
        holderEmployeeId is null || holderEmployeeId == employeeId || isAdministrator;
}
