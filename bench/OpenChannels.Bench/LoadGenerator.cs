using System.Diagnostics;

namespace OpenChannels.Bench;

/// <summary>
/// Runs <c>total</c> operations over <c>workers</c> concurrent loops, as fast as they go. Each operation has an
/// untimed preparation (e.g. a new visitor opening a session) and a timed request that returns an error or null.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(
        int workers, int total, Func<int, Task> prepare, Func<int, Task<string?>> timed)
    {
        var result = new LoadResult();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < total)
            {
                await prepare(worker);
                var started = Stopwatch.GetTimestamp();
                var error = await timed(worker);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (error is null)
                {
                    result.Latency.Add(elapsed);
                }
                else
                {
                    result.Fail(error);
                }
            }
        })));
        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>Sends at a steady rate (per second) until cancelled, with at most <c>concurrency</c> requests in flight.</summary>
    public static async Task<LoadResult> PacedAsync(double perSecond, int concurrency, Func<int, Task<string?>> send, CancellationToken stop)
    {
        var result = new LoadResult();
        var inFlight = new SemaphoreSlim(concurrency);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, stop);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }

            await inFlight.WaitAsync(CancellationToken.None);
            var n = i;
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    var started = Stopwatch.GetTimestamp();
                    var error = await send(n);
                    if (error is null)
                    {
                        result.Latency.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        result.Fail(error);
                    }
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }

        await Task.WhenAll(pending);
        result.Elapsed = clock.Elapsed;
        return result;
    }
}
