namespace OpenChannels.Domain.Channels;

/// <summary>A-4: what happens when no agent answered within the unanswered time .</summary>
public enum UnansweredAction
{
    Nothing = 0,

    /// <summary>Send the client an automatic reply.</summary>
    AutoReply = 1,

    /// <summary>Put it back in the queue, again and again until someone answers (Evenly only).</summary>
    BackToQueue = 2,
}
