using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// The reports page and its CSV files: figures over the conversations the viewer may count (P-2 "statistics", the
/// same rule as the conversation list), computed by aggregates in SQL.
/// </summary>
public sealed class ReportService(IDbContextFactory<OpenChannelsDbContext> contexts, AccessScopes scopes)
{
    /// <summary>
    /// The report of <paramref name="filter"/>'s period and channel. A viewer without a conversation-list level gets an
    /// empty one (the page and the files refuse them before). The filter must pass <see cref="ReportFilter.Refusal"/>.
    /// </summary>
    public async Task<Report> BuildAsync(Viewer viewer, ReportFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Refusal() is { } refused)
        {
            throw new DomainRuleViolated(refused);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await scopes.OfAsync(viewer.EmployeeId, cancellationToken);
        var channels = (await ReadChannelsAsync(db, filter.ChannelId, cancellationToken)).ToDictionary(ch => ch.Id);

        // The active channels the filter keeps (O-2), so the scope and the channel filter are one condition.
        var (start, end) = (filter.Start, filter.End);
        var conversations = StatisticsScope.Within(db, scope, [.. channels.Keys]).Where(c => c.CreatedAt >= start && c.CreatedAt < end);
        var buckets = await ReportQueries.BucketsAsync(conversations, cancellationToken);
        var counted = buckets.Select(b => b.ChannelId).Distinct().Select(id => channels[id]).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        var (periods, volume, ratings, hours) = ReportFolding.Fold(filter, channels, buckets);
        return new Report(
            filter,
            counted,
            periods,
            volume,
            await ReportQueries.FirstResponsesAsync(conversations, counted, cancellationToken),
            ratings,
            await ReportQueries.AgentsAsync(db, conversations, cancellationToken),
            hours);
    }

    /// <summary>The open channels the filter may choose from: the active ones (O-2), by name.</summary>
    public async Task<IReadOnlyList<ReportChannel>> ChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadChannelsAsync(db, null, cancellationToken);
    }

    private static async Task<List<ReportChannel>> ReadChannelsAsync(OpenChannelsDbContext db, int? only, CancellationToken cancellationToken) =>
        (await db.OpenChannels.AsNoTracking()
            .Where(ch => ch.IsActive && (only == null || ch.Id == only))
            .OrderBy(ch => ch.Name)
            .Select(ch => new { ch.Id, ch.Name, ch.Hours.TimeZoneId, ch.Kpi.InitialTarget })
            .ToListAsync(cancellationToken))
        .Select(ch => new ReportChannel(ch.Id, ch.Name, ch.TimeZoneId, ch.InitialTarget))
        .ToList();
}
