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

        LoadResult ingest;
        int conversations;
        await using (var app = await AppProcess.StartAsync())
        {
            await using var world = await AppWorld.SeedAsync(app);
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
            ingest = await LoadGenerator.RunAsync(scale.IngestWorkers, scale.IngestMessages, PrepareAsync, w => SendAsync(widget, "Hello, where is my order?", visitors[w]));
            conversations = await world.ConversationCountAsync();
        }

        var lines = new List<string>
        {
            $"### Ingest — {scale.IngestMessages:N0} client messages, {scale.IngestWorkers} concurrent senders",
            "",
            $"The app runs as its own process (Production settings, jobs on) on a fresh data folder; about {NewConversationShare:P0} of the messages " +
            $"start a new conversation (routing, greeting, audit), the rest continue one ({conversations:N0} conversations at the end, warm-up included).",
            "",
            "| target | messages/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|",
            Row("baseline: one prepared INSERT per request (in-process Kestrel, WAL, synchronous=NORMAL)", baseline),
            Row("OpenChannels widget API (POST /api/widget/{key}/messages)", ingest),
            "",
            $"Ratio ingest / baseline: throughput **{ingest.PerSecond / baseline.PerSecond:P0}** (target ≥ 60 %), " +
            $"p99 **{ingest.Latency.P(99) / baseline.Latency.P(99):0.0}×** (target ≤ 3×).",
            "",
        };
        foreach (var error in baseline.ErrorSamples.Concat(ingest.ErrorSamples))
        {
            lines.Add($"- error: `{error}`");
        }

        return lines;
    }

    private static string Row(string name, LoadResult result) =>
        $"| {name} | {result.PerSecond:0} | {result.Latency.P(50):0.00} | {result.Latency.P(95):0.00} | {result.Latency.P(99):0.00} | {result.Errors} |";

    private static async Task<string?> SendAsync(WidgetClient widget, string text, string? token = "none") =>
        (await widget.SendAsync(token!, text)).Error;
}
