namespace OpenChannels.Web.Features.Reports;

/// <summary>R-1 over time: the clients' likes and dislikes and the supervisors' stars of the conversations started in one day or week.</summary>
public sealed record RatingRow(DateOnly Period, int Likes, int Dislikes, int StarRatings, int StarsTotal)
{
    /// <summary>The share of likes among the clients' ratings, 0 to 1; null when no client rated.</summary>
    public double? LikeShare => Likes + Dislikes == 0 ? null : (double)Likes / (Likes + Dislikes);

    public double? AverageStars => StarRatings == 0 ? null : (double)StarsTotal / StarRatings;
}
