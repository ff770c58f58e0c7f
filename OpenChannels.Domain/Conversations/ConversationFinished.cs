using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

public sealed record ConversationFinished(int ConversationId)
    : Error("This conversation is closed.");
