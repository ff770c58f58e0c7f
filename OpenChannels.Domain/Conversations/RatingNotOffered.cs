using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>R-1, R-2: the channel does not ask the client to rate this conversation, or not while it is going on.</summary>
public sealed record RatingNotOffered(int ConversationId)
    : Error("This conversation cannot be rated now.");
