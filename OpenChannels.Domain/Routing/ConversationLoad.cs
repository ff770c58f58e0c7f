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

        // Q-6 (seed 003): each of the three exclusions also leaves out the conversations closed and awaiting the
        // client's rating — the closed ones inside the delay until fully closed.
        if (status == ConversationStatus.Closed && excluded != ExcludedFromLimit.None)
        {
            return false;
        }

        if (excluded.HasFlag(ExcludedFromLimit.Answered) && answeredOnce)
        {
            return false;
        }

        return !(excluded.HasFlag(ExcludedFromLimit.WaitingForClient) && status == ConversationStatus.WaitingForClient);
    }
}
