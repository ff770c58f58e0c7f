namespace OpenChannels.Bench.Scenarios;

/// <summary>
/// Client messages through the public widget API of the real app (its own process), against the baseline of one
/// prepared INSERT per request measured in the same run with the same load generator.
/// </summary>
public static class IngestScenario
{
    /// <summary>A quarter of the messages come from a new visitor (a new conversation); the rest continue one.</summary>
    private const double NewConversationShare = 0.25;

    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        LoadResult baseline;
        await using (var server = await BaselineServer.StartAsync())
        {
            using var http = WidgetClient.NewHttp(server.Address, scale.IngestWorkers);
            var widget = new WidgetClient(http, "baseline");
            await LoadGenerator.RunAsync(scale.IngestWorkers, scale.IngestWarmup, _ => Task.CompletedTask, _ => SendAsync(widget, "warm-up"));
            baseline = await LoadGenerator.RunAsync(scale.IngestWorkers, scale.IngestMessages, _ => Task.CompletedTask, _ => SendAsync(widget, "baseline"));
        }

        var runs = new List<(JobStoreVariant Store, LoadResult Result, int Conversations, int Locked)>();
        foreach (var store in scale.IngestJobStores)
        {
            await using var app = await store.StartAsync();
            await using var world = await AppWorld.SeedAsync(app);
            var (result, conversations) = await SendAsync(scale, app, world);
            runs.Add((store, result, conversations, app.LockedErrors));
        }

        var before = runs.Where(r => r.Store == JobStoreVariant.InMemory).Select(r => r.Result).FirstOrDefault();
        var lines = new List<string>
        {
            $"### Ingest — {scale.IngestMessages:N0} client messages, {scale.IngestWorkers} concurrent senders",
            "",
            $"The app runs as its own process (Production settings, jobs on, a fresh data folder each time); about {NewConversationShare:P0} of " +
            $"the messages start a new conversation (routing, greeting, audit), the rest continue one ({runs[^1].Conversations:N0} conversations " +
            "at the end, warm-up included). " + (runs.Count == 1
                ? $"It runs on one job store: {runs[0].Store.Name}."
                : "It runs once per job store (docs/decisions/0009), in this order; the in-memory store needs the Benchmark " +
                  "environment, which differs from Production in nothing else."),
            "",
            "| target | messages/s | p50 ms | p95 ms | p99 ms | errors | busy/locked in the app's log |",
            "|---|---|---|---|---|---|---|",
            Row("baseline: one prepared INSERT per request (in-process Kestrel, WAL, synchronous=NORMAL)", baseline, 0),
        };
        lines.AddRange(runs.Select(r => Row($"widget API (POST /api/widget/{{key}}/messages), jobs {r.Store.Name}", r.Result, r.Locked)));
        lines.Add(string.Empty);
        foreach (var run in runs)
        {
            lines.Add($"- jobs {run.Store.Name}: throughput **{run.Result.PerSecond / baseline.PerSecond:P0}** of the baseline (target ≥ 60 %), " +
                $"p99 **{run.Result.Latency.P(99) / baseline.Latency.P(99):0.0}×** (target ≤ 3×)" +
                (before is null ? "." : $"; {run.Result.PerSecond / before.PerSecond - 1:+0.0 %;-0.0 %} throughput against the in-memory store."));
        }

        lines.Add(string.Empty);
        foreach (var error in baseline.ErrorSamples.Concat(runs.SelectMany(r => r.Result.ErrorSamples)))
        {
            lines.Add($"- error: `{error}`");
        }

        return lines;
    }

    /// <summary>Visitors write through the widget API of a running app: a warm-up, then the measured messages.</summary>
    public static async Task<(LoadResult Result, int Conversations)> SendAsync(BenchScale scale, AppProcess app, AppWorld world)
    {
        using var http = WidgetClient.NewHttp(app.Address, scale.IngestWorkers * 2);
        var widget = new WidgetClient(http, AppWorld.Key);
        var visitors = new string?[scale.IngestWorkers];
        var random = new Random(42);
        async Task PrepareAsync(int worker)
        {
            bool fresh;
            lock (random)
            {
                fresh = random.NextDouble() < NewConversationShare;
            }

            if (visitors[worker] is null || fresh)
            {
                visitors[worker] = await widget.NewVisitorAsync();
            }
        }

        await LoadGenerator.RunAsync(scale.IngestWorkers, scale.IngestWarmup, PrepareAsync, w => SendAsync(widget, "warm-up", visitors[w]));
        var result = await LoadGenerator.RunAsync(scale.IngestWorkers, scale.IngestMessages, PrepareAsync, w => SendAsync(widget, "Hello, where is my order?", visitors[w]));
        return (result, await world.ConversationCountAsync());
    }

    private static string Row(string name, LoadResult result, int locked) =>
        $"| {name} | {result.PerSecond:0} | {result.Latency.P(50):0.00} | {result.Latency.P(95):0.00} | {result.Latency.P(99):0.00} | {result.Errors} | {locked} |";

    private static async Task<string?> SendAsync(WidgetClient widget, string text, string? token = "none") =>
        (await widget.SendAsync(token!, text)).Error;
}
