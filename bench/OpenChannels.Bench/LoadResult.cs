namespace OpenChannels.Bench;

/// <summary>What a load run measured: latency of each timed request, throughput, and every error with its body.</summary>
public sealed class LoadResult
{
    private readonly List<string> _errors = [];

    public Percentiles Latency { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public int Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count;
            }
        }
    }

    public double PerSecond => Latency.Count / Elapsed.TotalSeconds;

    public IReadOnlyList<string> ErrorSamples
    {
        get
        {
            lock (_errors)
            {
                return _errors.Take(5).ToList();
            }
        }
    }

    public void Fail(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
