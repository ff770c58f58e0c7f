namespace OpenChannels.Domain.Conversations;

/// <summary>Where the client stands with rating a conversation: what the live chat shows them.</summary>
public enum ClientRatingStage
{
    /// <summary>Nothing to rate: the channel does not ask, or the time to rate has passed.</summary>
    None,

    /// <summary>R-2: the conversation is going on and the channel lets the client rate it (the live chat's menu offers it).</summary>
    Offered,

    /// <summary>R-1: the agent finished it and the client is asked to rate it.</summary>
    Requested,

    /// <summary>The client has rated it.</summary>
    Rated,
}
