using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>A transfer to the open channel the conversation is already in.</summary>
public sealed record AlreadyInChannel(int ConversationId, int OpenChannelId)
    : Error("The conversation is already in that open channel.");
