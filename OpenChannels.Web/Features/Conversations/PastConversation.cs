using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>M-3: one of the client's conversations in their message history.</summary>
public sealed record PastConversation(int Id, string ChannelName, ConversationStatus Status, DateTimeOffset StartedAt, IReadOnlyList<AgentMessage> Messages);
