using System.Diagnostics;

namespace OpenChannels.Tests.Support;

/// <summary>
/// Waits for what runs on the real clock outside the test's control — Hangfire's server threads, a child process —
/// by asking again every few milliseconds, up to a bound. Time the app itself reads comes from a fake clock instead.
/// </summary>
public static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> probe, Func<T, bool> reached, string what, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(30);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (reached(value))
            {
                return value;
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Not reached within {limit.TotalSeconds:0} s: {what} (last seen: {value}).");
            }

            await Task.Delay(20);
        }
    }
}
