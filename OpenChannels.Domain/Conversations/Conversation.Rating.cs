using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// R-1…R-4: the client's rating (like or dislike, once) and the supervisor's (1–5 stars, changeable), kept apart. The
/// client may rate an ongoing conversation when the channel allows it, and a finished one while the request
/// stands: from the agent's finish until it is fully closed or the time limit passes, whichever comes first
/// (docs/decisions/0014).
/// </summary>
public sealed partial class Conversation
{
    public const int RatingCommentMaxLength = 1000;
    public const int MaxStars = 5;

    /// <summary>R-1: when the client was asked to rate (the agent finished it and the channel asks).</summary>
    public DateTimeOffset? RatingRequestedAt { get; private set; }

    /// <summary>R-4, J-4: when the request is withdrawn unless the client has rated; only when it comes before the full close.</summary>
    public DateTimeOffset? RatingDueAt { get; private set; }

    /// <summary>R-4: the request was withdrawn because its time limit passed.</summary>
    public DateTimeOffset? RatingWithdrawnAt { get; private set; }

    public ClientRating? ClientRating { get; private set; }

    public string? ClientRatingComment { get; private set; }

    public DateTimeOffset? ClientRatedAt { get; private set; }

    /// <summary>R-1: the supervisor's stars, 1 to <see cref="MaxStars"/>.</summary>
    public int? SupervisorStars { get; private set; }

    public string? SupervisorComment { get; private set; }

    /// <summary>Who gave the supervisor's rating last (it may be changed).</summary>
    public int? SupervisorRatedByEmployeeId { get; private set; }

    public DateTimeOffset? SupervisorRatedAt { get; private set; }

    /// <summary>R-4, J-4: the time limit for the client's rating has passed.</summary>
    public bool IsRatingDue(DateTimeOffset now) => RatingDueAt <= now;

    /// <summary>
    /// the agent finished it (call after <see cref="FullyCloseAt"/>): while it is closed and not yet fully closed,
    /// the client is asked to rate — until the full close, or the time limit when that comes first.
    /// </summary>
    public void RequestRating(RatingPolicy policy, DateTimeOffset now)
    {
        if (!policy.AskClient || Status != ConversationStatus.Closed || ClientRatedAt is not null)
        {
            return;
        }

        Changed();
        AddDomainEventOnce(new RatingChanged(this));
        RatingRequestedAt = now;
        var due = policy.TimeLimit is { } limit ? now + limit : (DateTimeOffset?)null;
        RatingDueAt = due < FullyClosesAt ? due : null;
    }

    /// <summary>Why the client may not rate now, or null when they may (see <see cref="ClientRatingStageAt"/>).</summary>
    public Error? ClientRatingRefusal(RatingPolicy policy, DateTimeOffset now)
    {
        if (ClientRatedAt is not null)
        {
            return new AlreadyRated(Id);
        }

        if (IsOpen)
        {
            return policy.RatesOngoing ? null : new RatingNotOffered(Id);
        }

        if (RatingRequestedAt is null)
        {
            return new RatingNotOffered(Id);
        }

        var standing = Status == ConversationStatus.Closed && RatingWithdrawnAt is null && !IsRatingDue(now);
        return standing ? null : new RatingClosed(Id);
    }

    /// <summary>What the live chat shows the client about rating this conversation.</summary>
    public ClientRatingStage ClientRatingStageAt(RatingPolicy policy, DateTimeOffset now) =>
        ClientRatedAt is not null ? ClientRatingStage.Rated
        : ClientRatingRefusal(policy, now) is not null ? ClientRatingStage.None
        : IsOpen ? ClientRatingStage.Offered
        : ClientRatingStage.Requested;

    /// <summary>
    /// the client's like or dislike, with an optional comment, once (a different second one is refused). R-3: with "close on rating" it ends the
    /// conversation: a finished one is fully closed at once; an ongoing one is closed as if finished, and fully
    /// closed too — the rating the delay waits for has come.
    /// </summary>
    public void RateByClient(ClientRating rating, string? comment, RatingPolicy policy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(rating))
        {
            throw new DomainRuleViolated(new InvalidInput("Rating", "Choose like or dislike."));
        }

        var text = Guard.OptionalText(comment, "Comment", RatingCommentMaxLength);
        if (ClientRatedAt is not null && ClientRating == rating && ClientRatingComment == text)
        {
            // The same rating again is a retried send, not a second rating.
            return;
        }

        if (ClientRatingRefusal(policy, now) is { } refused)
        {
            throw new DomainRuleViolated(refused);
        }

        Changed();
        AddDomainEventOnce(new RatingChanged(this));
        AddDomainEventOnce(new ClientRated(this));
        (ClientRating, ClientRatingComment, ClientRatedAt) = (rating, text, now);
        RatingDueAt = null;
        if (!policy.CloseOnRating)
        {
            return;
        }

        if (IsOpen)
        {
            AddDomainEventOnce(new ConversationClosed(this));
            IdleTransferDueAt = null;
            UnansweredDueAt = null;
            ClientTimeoutDueAt = null;
            IsOpen = false;
            ClosedAt = now;
            UnreadByAgents = 0;
        }

        Status = ConversationStatus.FullyClosed;
        FullyClosesAt = null;
    }

    /// <summary>R-4: the time limit passed without a rating; the live chat takes the request back.</summary>
    public void WithdrawRatingRequest(DateTimeOffset now)
    {
        Changed();
        AddDomainEventOnce(new RatingChanged(this));
        RatingDueAt = null;
        RatingWithdrawnAt ??= now;
    }

    /// <summary>R-1: a supervisor's 1–5 stars and optional comment; given again, it replaces theirs or a colleague's, and says who and when.</summary>
    public void RateBySupervisor(int employeeId, int stars, string? comment, DateTimeOffset now)
    {
        if (stars is < 1 or > MaxStars)
        {
            throw new DomainRuleViolated(new InvalidInput("Stars", "Give from 1 to {0} stars.", MaxStars));
        }

        var text = Guard.OptionalText(comment, "Comment", RatingCommentMaxLength);
        Changed();
        (SupervisorStars, SupervisorComment, SupervisorRatedByEmployeeId, SupervisorRatedAt) = (stars, text, employeeId, now);
    }

    /// <summary>A-6: fully closed, a request still standing is withdrawn from the live chat.</summary>
    private void EndRatingWindow()
    {
        RatingDueAt = null;
        if (RatingRequestedAt is not null && ClientRatedAt is null && RatingWithdrawnAt is null)
        {
            AddDomainEventOnce(new RatingChanged(this));
        }
    }
}
