using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Consent;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>An open conversation view: who, where, its state and messages, and how fast it was answered (K-1, K-2).</summary>
public sealed record ConversationDetails(
    int Id,
    int ClientId,
    string ClientName,
    string? ClientEmail,
    string? ClientPhone,
    int OpenChannelId,
    string ChannelName,
    bool ConfirmBeforeClosing,
    ConversationStatus Status,
    bool IsOpen,
    int? HolderEmployeeId,
    string? HolderName,
    bool IsPinned,
    bool IsAccepted,
    DateTimeOffset? OfferDueAt,
    int Unread,
    string? Title,
    IReadOnlyList<string> Participants,
    IReadOnlyList<int> ParticipantIds,
    IReadOnlyList<AgentMessage> Messages,
    int EarlierConversations,
    ConversationPermissions May,
    ConsentSummary? Consent = null,
    ResponseTimes? Responses = null,
    ConversationRatings? Ratings = null);
