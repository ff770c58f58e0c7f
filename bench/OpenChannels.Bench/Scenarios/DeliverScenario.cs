using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OpenChannels.Bench.Scenarios;

/// <summary>
/// From a client's send to the message reaching a connected agent, through the agent push path (the agent API's
/// event stream, fed by the same in-process feed as the Contact center), under a steady background ingest.
/// </summary>
public static class DeliverScenario
{
    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        await using var app = await AppProcess.StartAsync();
        await using var world = await AppWorld.SeedAsync(app);
        using var http = WidgetClient.NewHttp(app.Address, 64);
        var widget = new WidgetClient(http, AppWorld.Key);

        // The agent: the administrator, connected to the event stream with a personal access token.
        using var agentHttp = new HttpClient { BaseAddress = app.Address, Timeout = Timeout.InfiniteTimeSpan };
        agentHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await world.AdminTokenAsync());
        using var stream = await agentHttp.GetAsync("api/v1/events", HttpCompletionOption.ResponseHeadersRead);
        stream.EnsureSuccessStatusCode();
        var arrivals = System.Threading.Channels.Channel.CreateUnbounded<(long MessageId, long At)>();
        using var stop = new CancellationTokenSource();
        var reader = ReadEventsAsync(new StreamReader(await stream.Content.ReadAsStreamAsync()), arrivals.Writer, stop.Token);

        // Background: visitors writing at a steady rate, a few messages each.
        var background = new string[50];
        for (var i = 0; i < background.Length; i++)
        {
            background[i] = await widget.NewVisitorAsync();
        }

        var load = LoadGenerator.PacedAsync(
            scale.DeliverBackgroundPerSecond, 32, async n => (await widget.SendAsync(background[n % background.Length], "Background message")).Error, stop.Token);

        // Probes: one visitor, one message at a time; the clock stops when the agent's stream names that message.
        var probe = await widget.NewVisitorAsync();
        await widget.SendAsync(probe, "Hello");
        var latencies = new Percentiles();
        var errors = new List<string>();
        var seen = new Dictionary<long, long>();
        for (var i = 0; i < scale.DeliverProbes; i++)
        {
            await Task.Delay(100);
            var started = Stopwatch.GetTimestamp();
            var (error, messageId) = await widget.SendAsync(probe, $"Probe {i}");
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            var arrivedAt = await WaitForAsync(arrivals.Reader, seen, messageId!.Value);
            latencies.Add(Stopwatch.GetElapsedTime(started, arrivedAt).TotalMilliseconds);
        }

        await stop.CancelAsync();
        var backgroundResult = await load;
        try
        {
            await reader;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }

        var lines = new List<string>
        {
            $"### Deliver — client send to agent stream, under {scale.DeliverBackgroundPerSecond:0} msg/s background ingest",
            "",
            $"Background load achieved {backgroundResult.PerSecond:0} msg/s ({backgroundResult.Errors} errors). Each probe is one widget send; " +
            "the time ends when the administrator's `/api/v1/events` stream names the stored message.",
            "",
            "| path | probes | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|",
            $"| widget send → agent event stream | {latencies.Count} | {latencies.P(50):0.00} | {latencies.P(95):0.00} | {latencies.P(99):0.00} | {errors.Count} |",
            "",
            "Target: p95 ≤ 150 ms.",
            "",
        };
        lines.AddRange(errors.Concat(backgroundResult.ErrorSamples).Take(5).Select(e => $"- error: `{e}`"));
        return lines;
    }

    private static async Task<long> WaitForAsync(System.Threading.Channels.ChannelReader<(long MessageId, long At)> arrivals, Dictionary<long, long> seen, long messageId)
    {
        // The event can come before the HTTP response: remember everything read.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!seen.ContainsKey(messageId))
        {
            var (id, at) = await arrivals.ReadAsync(timeout.Token);
            seen[id] = at;
        }

        return seen[messageId];
    }

    private static async Task ReadEventsAsync(StreamReader reader, System.Threading.Channels.ChannelWriter<(long, long)> arrivals, CancellationToken stop)
    {
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var at = Stopwatch.GetTimestamp();
            using var data = JsonDocument.Parse(line[6..]);
            if (data.RootElement.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.Number)
            {
                arrivals.TryWrite((id.GetInt64(), at));
            }
        }
    }
}
