using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>R-4, A-6: the client was asked to rate, but the time to rate has passed.</summary>
public sealed record RatingClosed(int ConversationId)
    : Error("The time to rate this conversation has passed.");
