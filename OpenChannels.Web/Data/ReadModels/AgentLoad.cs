using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data.ReadModels;

/// <summary>
/// How many of an agent's conversations of one open channel are in one status, answered once or not — the counts Q-6
/// adds up, leaving out inactive channels (O-2). Kept by
/// triggers on the Conversations table (<see cref="AgentLoadTriggers"/>) in the same statement that changes a
/// conversation, so it is exact inside every write transaction, whichever code or process wrote. Read only.
/// </summary>
public sealed class AgentLoad
{
    private AgentLoad()
    {
    }

    public int EmployeeId { get; private set; }

    public int OpenChannelId { get; private set; }

    public ConversationStatus Status { get; private set; }

    public bool Answered { get; private set; }

    public int Count { get; private set; }
}
