using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>One conversation list row as SQL reads it (with the joins it sorts by); the service shapes it for screens.</summary>
internal sealed class ListItem
{
    public int Id { get; init; }

    public int OpenChannelId { get; init; }

    public string ChannelName { get; init; } = string.Empty;

    public ConnectorKind Connector { get; init; }

    public int ClientId { get; init; }

    public string? ClientName { get; init; }

    public int? HolderId { get; init; }

    public string? HolderFirstName { get; init; }

    public string? HolderLastName { get; init; }

    public ConversationStatus Status { get; init; }

    public bool IsOpen { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public int Messages { get; init; }

    public ClientRating? ClientRating { get; init; }

    public int? SupervisorStars { get; init; }

    public int? InitialSeconds { get; init; }

    public int ResponseCount { get; init; }

    public long TotalSeconds { get; init; }

    public int MaxSeconds { get; init; }

    /// <summary>Answers that came late, and the one awaited now if it already is.</summary>
    public int LateCount { get; init; }
}
