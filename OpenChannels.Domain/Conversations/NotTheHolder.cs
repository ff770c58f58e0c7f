using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>M-5: only the holder may lock a conversation as theirs.</summary>
public sealed record NotTheHolder(int ConversationId, int EmployeeId)
    : Error("Only the agent who holds the conversation can pin it.");
