namespace OpenChannels.Domain.Conversations;

/// <summary>A colleague invited into a conversation (M-5): sees it and may write in it.</summary>
public sealed class ConversationParticipant
{
    private ConversationParticipant()
    {
    }

    internal ConversationParticipant(int employeeId, DateTimeOffset invitedAt)
    {
        EmployeeId = employeeId;
        InvitedAt = invitedAt;
    }

    public int EmployeeId { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }
}
