using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>One line of the messenger's conversation list.</summary>
public sealed record ConversationRow(
    int Id,
    string ClientName,
    string ChannelName,
    ConnectorKind ConnectorKind,
    string? Title,
    string Preview,
    DateTimeOffset LastMessageAt,
    int Unread,
    ConversationStatus Status,
    MessengerSection Section,
    string? HolderName,
    bool IsOverdue);
