using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>Someone else already holds the conversation (two agents accepting at once: one wins).</summary>
public sealed record ConversationTaken(int ConversationId, int HolderEmployeeId, string? HolderName = null)
    : Error(HolderName is null ? "Another agent has already taken this conversation." : "{0} has already taken this conversation.", HolderName);
