using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>An agent may edit or delete only their own messages, never the client's or automatic ones.</summary>
public sealed record NotYourMessage(long MessageId)
    : Error("You can only change your own messages.");
