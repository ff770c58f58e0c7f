using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Bench.Scenarios;

/// <summary>J-1, the 2-minute re-offer sweep, over 100,000 unassigned conversations while nobody is free.</summary>
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
        return
        [
            $"### J-1 sweep — {scale.UnassignedConversations:N0} unassigned conversations",
            "",
            "| case | conversations changed | time |",
            "|---|---|---|",
            $"| nobody available (every client already told) | {handled} | {idle.TotalMilliseconds:0} ms |",
            "",
        ];
    }
}
