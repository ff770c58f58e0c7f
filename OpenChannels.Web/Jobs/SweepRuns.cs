using System.Collections.Concurrent;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Keeps one run of each sweep at a time in this process: when a burst of deadlines makes a run outlast its interval,
/// the next trigger returns at once instead of piling up workers on the same rows. Correctness never depends on it —
/// each row is re-checked in its own write transaction, which is what protects two instances (docs/decisions/0009).
/// </summary>
public sealed class SweepRuns
{
    private readonly ConcurrentDictionary<string, byte> _running = new();

    public async Task<string> RunAsync(string sweep, Func<Task<int>> run, string handled)
    {
        if (!_running.TryAdd(sweep, 0))
        {
            return "Skipped: the previous run is still going";
        }

        try
        {
            var count = await run();
            return $"{count} {handled}";
        }
        finally
        {
            _running.TryRemove(sweep, out _);
        }
    }
}
