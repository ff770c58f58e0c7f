using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>What the client may do about rating the conversation changed: asked, rated, or the request withdrawn.</summary>
public sealed record RatingChanged(Conversation Conversation) : IDomainEvent;
