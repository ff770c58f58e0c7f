using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A transfer to the agent who already holds the conversation.</summary>
public sealed record AlreadyWithColleague(int ConversationId, int EmployeeId)
    : Error("The conversation is already with that colleague.");
