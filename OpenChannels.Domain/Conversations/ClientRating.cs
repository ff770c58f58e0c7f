namespace OpenChannels.Domain.Conversations;

/// <summary>R-1: the client's rating of the agent.</summary>
public enum ClientRating
{
    Like = 1,
    Dislike = 2,
}
