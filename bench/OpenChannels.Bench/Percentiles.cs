using System.Diagnostics;

namespace OpenChannels.Bench;

/// <summary>Timings of repeated runs of one operation, in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public static async Task<Percentiles> MeasureAsync(int runs, Func<int, Task> operation)
    {
        var result = new Percentiles();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            result.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return result;
    }

    public void Add(double milliseconds)
    {
        lock (_samples)
        {
            _samples.Add(milliseconds);
        }
    }

    public double P(double percentile)
    {
        List<double> sorted;
        lock (_samples)
        {
            sorted = _samples.Order().ToList();
        }

        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Row(string name, Percentiles? baseline = null) =>
        $"| {name} | {Count} | {P(50):0.000} | {P(95):0.000} | {P(99):0.000} | {(baseline is null ? "1.00 (baseline)" : $"{P(50) / baseline.P(50):0.00}")} |";
}
