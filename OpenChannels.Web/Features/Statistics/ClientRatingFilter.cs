namespace OpenChannels.Web.Features.Statistics;

/// <summary>The conversation list's filter on the client's rating .</summary>
public enum ClientRatingFilter
{
    Any,
    Like,
    Dislike,
    NotRated,
}
