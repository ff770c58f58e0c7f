using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Bench;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Features.Routing;

// dotnet run -c Release --project bench/OpenChannels.Bench -- routing|sweeps|all [--quick] [--no-write]
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var quick = args.Contains("--quick");
var write = !args.Contains("--no-write") && !quick;
var (agents, open, unassigned, runs) = quick ? (10, 200, 500, 20) : (500, 50_000, 100_000, 500);
var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
var report = new List<string>();

if (scenario is "routing" or "all")
{
    await using var database = await BenchDatabase.CreateAsync(new FixedClock(now));
    await database.SeedAsync(agents, open, unassigned: runs, now);
    var conversationIds = await database.Context().Conversations.Where(c => c.AssignedEmployeeId == null).Select(c => c.Id).ToListAsync();

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
    var decision = await DecideAsync();
    await database.SetLimitAsync(1000);
    var decisionWithLimit = await DecideAsync();

    var snapshots = Enumerable.Range(1, agents).Select(i => new AgentSnapshot(i, $"Agent{i}", false, false, now, false, WorkDayState.Working, now.AddSeconds(-i), i % 7)).ToList();
    var settings = new QueueSettings(DistributionMode.Evenly, TimeSpan.FromMinutes(2), true, false, 10, ExcludedFromLimit.None);
    var pure = await Percentiles.MeasureAsync(runs, _ =>
    {
        Router.Decide(settings, snapshots, now);
        return Task.CompletedTask;
    });

    report.Add($"### Routing decision — {agents} agents, {open:N0} open conversations");
    report.Add("");
    report.Add("| operation | runs | p50 ms | p95 ms | p99 ms | p50 ratio to baseline |");
    report.Add("|---|---|---|---|---|---|");
    report.Add(baseline.Row("baseline: one indexed count on the same file"));
    report.Add(decision.Row("routing decision, no limit (read agents, decide, write offer + audit; rolled back)", baseline));
    report.Add(decisionWithLimit.Row("routing decision with a limit (also counts every agent's load)", baseline));
    report.Add(pure.Row("Router.Decide alone (in memory)", baseline));
    report.Add("");
}

if (scenario is "sweeps" or "all")
{
    await using var database = await BenchDatabase.CreateAsync(new FixedClock(now));
    await database.SeedAsync(agents: quick ? 10 : 500, open: 0, unassigned, now);
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

    report.Add($"### J-1 sweep — {unassigned:N0} unassigned conversations");
    report.Add("");
    report.Add("| case | conversations changed | time |");
    report.Add("|---|---|---|");
    report.Add($"| nobody available (every client already told) | {handled} | {idle.TotalMilliseconds:0} ms |");
    report.Add("");
}

foreach (var line in report)
{
    Console.WriteLine(line);
}

if (write)
{
    var root = FindRoot();
    var commit = await GitAsync(root, "rev-parse --short HEAD");
    var header = $"## {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC · commit {commit} · {Environment.ProcessorCount} cores\n\n" +
        $"Command: `dotnet run -c Release --project bench/OpenChannels.Bench -- {string.Join(' ', args)}`\n\n";
    await File.AppendAllTextAsync(Path.Combine(root, "docs", "benchmarks.md"), header + string.Join('\n', report) + "\n");
    Console.WriteLine("Appended to docs/benchmarks.md");
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenChannels.Blazor.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

static async Task<string> GitAsync(string root, string arguments)
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = root, RedirectStandardOutput = true })!;
        var output = await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        return output.Trim();
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "unknown";
    }
}

/// <summary>A clock that stands still, so every run sees the same "now".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
