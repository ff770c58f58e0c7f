using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// One conversation in the conversation list, with the K-3 response times in seconds, and what the viewer may do to it
/// from the row: open it to read, join it, rate it.
/// </summary>
public sealed record ConversationListRow(
    int Id,
    string ChannelName,
    ConnectorKind Connector,
    string ClientName,
    string? HolderName,
    ConversationStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    int Messages,
    ClientRating? ClientRating,
    int? SupervisorStars,
    int? InitialResponseSeconds,
    long? TotalResponseSeconds,
    double? AverageResponseSeconds,
    int? MaxResponseSeconds,
    int LateCount,
    bool MayOpen,
    bool MayJoin,
    bool MayRate);
