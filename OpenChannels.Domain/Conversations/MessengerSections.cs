namespace OpenChannels.Domain.Conversations;

public static class MessengerSections
{
    public static MessengerSection For(Conversation conversation, int employeeId)
    {
        if (conversation.AssignedEmployeeId is null)
        {
            return MessengerSection.Unanswered;
        }

        if (!conversation.Involves(employeeId))
        {
            return MessengerSection.Colleagues;
        }

        if (conversation.IsPinned && conversation.IsHeldBy(employeeId))
        {
            return MessengerSection.Pinned;
        }

        return conversation.Status is ConversationStatus.Assigned or ConversationStatus.Answered
            ? MessengerSection.Unanswered
            : MessengerSection.InProgress;
    }
}
