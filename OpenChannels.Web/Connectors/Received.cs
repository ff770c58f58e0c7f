using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Connectors;

/// <summary>A client's message as stored: Created is false for a repeat of one stored before.</summary>
public sealed record Received(Message Message, int ConversationId, bool Created);
