using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>R-1: a client rates a conversation once; a second, different rating is refused.</summary>
public sealed record AlreadyRated(int ConversationId)
    : Error("You have already rated this conversation. Thank you!");
