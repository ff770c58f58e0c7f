using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Bench.Scenarios;

/// <summary>The routing decision (Q-2…Q-6) at 500 agents and 50,000 open conversations, inside its write transaction.</summary>
public static class RoutingScenario
{
    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var (agents, open, runs) = (scale.RoutingAgents, scale.OpenConversations, scale.Runs);
        await using var database = await BenchDatabase.CreateAsync(new FixedClock(now));
        await database.SeedAsync(agents, open, unassigned: runs, now);
        List<int> conversationIds;
        await using (var db = database.Context())
        {
            conversationIds = await db.Conversations.Where(c => c.AssignedEmployeeId == null).Select(c => c.Id).ToListAsync();
        }

        // Baseline: the cheapest question routing asks the same file — one indexed count for one agent.
        await using var connection = new SqliteConnection($"Data Source={database.DatabasePath}");
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM Conversations WHERE AssignedEmployeeId = $agent AND IsOpen = 1";
        var agentParameter = count.Parameters.Add("$agent", SqliteType.Integer);
        var baseline = await Percentiles.MeasureAsync(runs, async i =>
        {
            agentParameter.Value = database.Agents[i % database.Agents.Count];
            await count.ExecuteScalarAsync();
        });

        var routing = database.Services.GetRequiredService<RoutingService>();
        Task<Percentiles> DecideAsync() => Percentiles.MeasureAsync(runs, async i =>
        {
            await using var db = database.Context();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var conversation = await db.Conversations.SingleAsync(c => c.Id == conversationIds[i % conversationIds.Count]);
            await routing.RouteAsync(db, conversation, RoutingTrigger.NewConversation);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        // Warm-up: the JIT's tiers settle before anything is timed.
        await DecideAsync();
        await DecideAsync();
        var decision = await DecideAsync();
        await database.SetLimitAsync(1000);
        var decisionWithLimit = await DecideAsync();

        // One part of the decision alone: the channel's settings with its queue (one row per member).
        var channelRead = await Percentiles.MeasureAsync(runs, async _ =>
        {
            await using var db = database.Context();
            await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == database.ChannelId);
        });

        var snapshots = Enumerable.Range(1, agents).Select(i => new AgentSnapshot(i, $"Agent{i}", false, false, now, false, WorkDayState.Working, now.AddSeconds(-i), i % 7)).ToList();
        var settings = new QueueSettings(DistributionMode.Evenly, TimeSpan.FromMinutes(2), true, false, 10, ExcludedFromLimit.None);
        var pure = await Percentiles.MeasureAsync(runs, _ =>
        {
            Router.Decide(settings, snapshots, now);
            return Task.CompletedTask;
        });

        return
        [
            $"### Routing decision — {agents} agents, {open:N0} open conversations",
            "",
            "| operation | runs | p50 ms | p95 ms | p99 ms | p50 ratio to baseline |",
            "|---|---|---|---|---|---|",
            baseline.Row("baseline: one indexed count on the same file"),
            decision.Row("routing decision, no limit (read agents, decide, write offer + audit; rolled back)", baseline),
            decisionWithLimit.Row("routing decision with a limit (also reads every agent's load)", baseline),
            channelRead.Row($"part: reading the channel with its {agents}-member queue", baseline),
            pure.Row("part: Router.Decide alone (in memory)", baseline),
            "",
        ];
    }
}
