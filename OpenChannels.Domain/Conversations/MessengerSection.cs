namespace OpenChannels.Domain.Conversations;

/// <summary>The sections of an agent's conversation list (M-1), in display order.</summary>
public enum MessengerSection
{
    /// <summary>Waiting for an answer: nobody has it yet, or it is mine and the client wrote last.</summary>
    Unanswered = 0,

    /// <summary>Mine (or I am invited), the client's turn.</summary>
    InProgress = 1,

    /// <summary>Mine and locked as mine.</summary>
    Pinned = 2,

    /// <summary>In my channels, held by a colleague (I can take it over, M-3).</summary>
    Colleagues = 3,
}
