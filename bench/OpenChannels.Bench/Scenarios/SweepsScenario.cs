using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Bench.Scenarios;

/// <summary>
/// J-1, the 2-minute re-offer sweep, over 100,000 unassigned conversations while nobody is free; and a burst of J-4
/// deadlines swept by the running app's recurring jobs while visitors write, once per job store.
/// </summary>
public static class SweepsScenario
{
    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await using var database = await BenchDatabase.CreateAsync(new FixedClock(now));
        await database.SeedAsync(scale.RoutingAgents, open: 0, scale.UnassignedConversations, now);
        var sweeps = database.Services.GetRequiredService<RoutingSweeps>();
        await using (var db = database.Context())
        {
            // Everyone offline and every client already told: the usual state of a busy queue between sweeps.
            await db.AgentStatuses.ExecuteUpdateAsync(s => s.SetProperty(a => a.LastActivityAt, now.AddHours(-1)));
            await db.Conversations.ExecuteUpdateAsync(s => s.SetProperty(c => c.NoAgentNoticeSentAt, now));
        }

        var started = Stopwatch.GetTimestamp();
        var handled = await sweeps.ReofferUnassignedAsync();
        var idle = Stopwatch.GetElapsedTime(started);
        var lines = new List<string>
        {
            $"### J-1 sweep — {scale.UnassignedConversations:N0} unassigned conversations",
            "",
            "| case | conversations changed | time |",
            "|---|---|---|",
            $"| nobody available (every client already told) | {handled} | {idle.TotalMilliseconds:0} ms |",
            "",
            $"### J-4 burst — {scale.BurstDeadlines:N0} deadlines due at once, swept by the app's jobs while {scale.IngestWorkers} visitors write",
            "",
            "The real app as its own process; half the deadlines are client timeouts (A-7), half unanswered marks (A-3), each answered " +
            "with a text. The recurring jobs run every 5 s, so the first is handled up to 5 s after they fall due.",
            "",
            "| job store | first handled after | all handled after | messages/s meanwhile | p99 ms | request errors | busy/locked in the app's log |",
            "|---|---|---|---|---|---|---|",
        };
        foreach (var store in JobStoreVariant.All)
        {
            lines.Add(await BurstAsync(scale, store));
        }

        lines.Add(string.Empty);
        return lines;
    }

    private static async Task<string> BurstAsync(BenchScale scale, JobStoreVariant store)
    {
        await using var app = await store.StartAsync();
        await using var world = await AppWorld.SeedAsync(app, open: scale.BurstDeadlines);
        var load = Task.Run(() => IngestScenario.SendAsync(scale, app, world));
        await world.Database.MakeDeadlinesDueAsync(DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        TimeSpan? first = null;
        var handled = 0;
        while (handled < scale.BurstDeadlines && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(25);
            handled = await world.Database.HandledDeadlinesAsync();
            first ??= handled > 0 ? clock.Elapsed : null;
        }

        var all = clock.Elapsed;
        var (result, _) = await load;
        var done = handled == scale.BurstDeadlines ? $"{all.TotalSeconds:0.0} s" : $"not within 5 min ({handled:N0} handled)";
        return $"| {store.Name} | {first?.TotalSeconds:0.0} s | {done} | {result.PerSecond:0} | {result.Latency.P(99):0.00} | {result.Errors} | {app.LockedErrors} |";
    }
}
