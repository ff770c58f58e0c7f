using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// The report's aggregates, each one GROUP BY / COUNT / SUM query over the conversations the viewer may count: rows are
/// never read into memory, only their groups (a few per channel and quarter-hour, per range, per agent).
/// </summary>
internal static class ReportQueries
{
    public static Task<List<TimeBucket>> BucketsAsync(IQueryable<Conversation> conversations, CancellationToken cancellationToken) =>
        conversations
            .GroupBy(c => new { c.OpenChannelId, Quarter = SqlTime.QuarterHour(c.CreatedAt) })
            .Select(g => new TimeBucket(
                g.Key.OpenChannelId,
                g.Key.Quarter,
                g.Count(),
                g.Count(c => c.ClientRating == ClientRating.Like),
                g.Count(c => c.ClientRating == ClientRating.Dislike),
                g.Count(c => c.SupervisorStars != null),
                g.Sum(c => c.SupervisorStars ?? 0)))
            .ToListAsync(cancellationToken);

    /// <summary>K-1: the initial response times in ranges, their percentiles, and the share within each channel's own target.</summary>
    public static async Task<FirstResponseReport> FirstResponsesAsync(
        IQueryable<Conversation> conversations, IReadOnlyList<ReportChannel> channels, CancellationToken cancellationToken)
    {
        var answered = conversations.Where(c => c.Responses.InitialSeconds != null);
        var edges = FirstResponseReport.Edges;
        var counted = await answered
            .GroupBy(c => c.Responses.InitialSeconds < edges[0] ? 0
                : c.Responses.InitialSeconds < edges[1] ? 1
                : c.Responses.InitialSeconds < edges[2] ? 2
                : c.Responses.InitialSeconds < edges[3] ? 3
                : c.Responses.InitialSeconds < edges[4] ? 4
                : c.Responses.InitialSeconds < edges[5] ? 5
                : 6)
            .Select(g => new { Range = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ranges = new int[edges.Count + 1];
        counted.ForEach(r => ranges[r.Range] = r.Count);
        var total = ranges.Sum();
        if (total == 0)
        {
            return FirstResponseReport.None;
        }

        var (withTarget, within) = (0, 0);
        foreach (var target in channels.Where(c => c.InitialTarget is not null).GroupBy(c => (int)c.InitialTarget!.Value.TotalSeconds))
        {
            // K-2: an answer at the very deadline is in time.
            var ids = target.Select(c => c.Id).ToList();
            var seconds = target.Key;
            withTarget += await answered.CountAsync(c => ids.Contains(c.OpenChannelId), cancellationToken);
            within += await answered.CountAsync(c => ids.Contains(c.OpenChannelId) && c.Responses.InitialSeconds <= seconds, cancellationToken);
        }

        var targets = channels.Select(c => c.InitialTarget).Distinct().ToList();
        return new FirstResponseReport(
            ranges,
            total,
            await PercentileAsync(answered, total, 0.50, cancellationToken),
            await PercentileAsync(answered, total, 0.90, cancellationToken),
            await PercentileAsync(answered, total, 0.95, cancellationToken),
            withTarget,
            within,
            targets.Count == 1 ? targets[0] : null);
    }

    /// <summary>
    /// Per holder who accepted (an offer routing made and nobody took is no one's load yet): conversations, the average
    /// of every timed answer, likes, dislikes and average stars.
    /// </summary>
    public static async Task<IReadOnlyList<AgentLoadRow>> AgentsAsync(
        OpenChannelsDbContext db, IQueryable<Conversation> conversations, CancellationToken cancellationToken)
    {
        var groups = await conversations
            .Where(c => c.AssignedEmployeeId != null && c.AcceptedAt != null)
            .GroupBy(c => c.AssignedEmployeeId!.Value)
            .Select(g => new
            {
                EmployeeId = g.Key,
                Conversations = g.Count(),
                Answers = g.Sum(c => c.Responses.Count),
                Seconds = g.Sum(c => c.Responses.TotalSeconds),
                Likes = g.Count(c => c.ClientRating == ClientRating.Like),
                Dislikes = g.Count(c => c.ClientRating == ClientRating.Dislike),
                Stars = g.Average(c => (double?)c.SupervisorStars),
            })
            .ToListAsync(cancellationToken);
        var names = await ConversationQueries.EmployeeNamesAsync(db, groups.Select(g => (int?)g.EmployeeId));
        return groups
            .Select(g => new AgentLoadRow(
                g.EmployeeId,
                names.GetValueOrDefault(g.EmployeeId, ConversationQueries.FormerEmployee),
                g.Conversations,
                g.Answers == 0 ? null : (double)g.Seconds / g.Answers,
                g.Likes,
                g.Dislikes,
                g.Stars))
            .OrderByDescending(r => r.Conversations)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The nearest-rank percentile: the value at rank ⌈p·n⌉ in ascending order, read by ORDER BY … LIMIT 1 OFFSET.</summary>
    private static async Task<int?> PercentileAsync(IQueryable<Conversation> answered, int count, double p, CancellationToken cancellationToken)
    {
        var offset = Math.Max(0, (int)Math.Ceiling(p * count) - 1);
        return await answered
            .OrderBy(c => c.Responses.InitialSeconds)
            .Skip(offset)
            .Select(c => c.Responses.InitialSeconds)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
