using OpenChannels.Domain.Conversations;

namespace OpenChannels.Domain.Routing;

/// <summary>Q-6: whether one of an agent's conversations counts towards their simultaneous limit.</summary>
public static class ConversationLoad
{
    public static bool Counts(ConversationStatus status, bool answeredOnce, ExcludedFromLimit excluded)
    {
        if (status is ConversationStatus.FullyClosed or ConversationStatus.Spam)
        {
            return false;
        }

        if (excluded.HasFlag(ExcludedFromLimit.Answered) && answeredOnce)
        {
            return false;
        }

        if (excluded.HasFlag(ExcludedFromLimit.WaitingForClient) && status == ConversationStatus.WaitingForClient)
        {
            return false;
        }

        return !(excluded.HasFlag(ExcludedFromLimit.Closed) && status == ConversationStatus.Closed);
    }
}
