using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// R-1…R-4 as agents see them, two separate figures: the client's like or dislike with its comment (or, while the client
/// is asked, until when), and the supervisor's stars with their comment, who gave them and when.
/// </summary>
public sealed record ConversationRatings(
    ClientRating? Client,
    string? ClientComment,
    DateTimeOffset? ClientRatedAt,
    DateTimeOffset? AwaitingClientUntil,
    int? Stars,
    string? SupervisorComment,
    string? SupervisorName,
    DateTimeOffset? SupervisorRatedAt)
{
    public bool IsEmpty => Client is null && AwaitingClientUntil is null && Stars is null;

    public static ConversationRatings Of(Conversation conversation, ClientRatingStage stage, string? supervisorName) => new(
        conversation.ClientRating,
        conversation.ClientRatingComment,
        conversation.ClientRatedAt,
        stage == ClientRatingStage.Requested ? conversation.RatingDueAt ?? conversation.FullyClosesAt : null,
        conversation.SupervisorStars,
        conversation.SupervisorComment,
        supervisorName,
        conversation.SupervisorRatedAt);
}
