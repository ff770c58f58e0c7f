namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// K-1's initial response time over the answered conversations of the period: how many fall in each range, the
/// percentiles, and how many were answered within their own channel's target.
/// </summary>
public sealed record FirstResponseReport(
    IReadOnlyList<int> Ranges,
    int Answered,
    int? Median,
    int? Percentile90,
    int? Percentile95,
    int WithTarget,
    int WithinTarget,
    TimeSpan? CommonTarget)
{
    /// <summary>The upper ends of the ranges, in seconds: under 30 s, 30 s–1 min, 1–2, 2–5, 5–15, 15–60 min, and an hour or more.</summary>
    public static readonly IReadOnlyList<int> Edges = [30, 60, 120, 300, 900, 3600];

    public static FirstResponseReport None { get; } = new([.. Edges.Select(_ => 0), 0], 0, null, null, null, 0, 0, null);

    /// <summary>The share answered within target, 0 to 1; null when no answered conversation's channel has a target.</summary>
    public double? WithinTargetShare => WithTarget == 0 ? null : (double)WithinTarget / WithTarget;
}
