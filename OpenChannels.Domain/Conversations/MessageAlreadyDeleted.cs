using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>An edit or delete of a message that is already deleted.</summary>
public sealed record MessageAlreadyDeleted(long MessageId)
    : Error("The message is already deleted.");
