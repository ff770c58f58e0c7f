namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// One agent's share of the period: the conversations they hold, their average response time over every timed answer
/// (K-1), and the ratings those conversations got.
/// </summary>
public sealed record AgentLoadRow(
    int EmployeeId,
    string Name,
    int Conversations,
    double? AverageResponseSeconds,
    int Likes,
    int Dislikes,
    double? AverageStars);
