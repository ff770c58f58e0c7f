using System.Threading.RateLimiting;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// One visitor's allowance on the public widget API: a token bucket that holds up to <see cref="WidgetLimits.Burst"/>
/// requests and gets <see cref="WidgetLimits.RequestsPerMinute"/> / 6 back every 10 seconds. The refill is counted
/// from the app's <see cref="TimeProvider"/> when a request comes, not by a timer of its own, so it follows the same
/// clock as the rest of the app (and a test's fake clock). Nothing waits in a queue: a request over the limit is
/// refused at once.
/// </summary>
public sealed class WidgetTokenBucket : RateLimiter
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private readonly int _perPeriod;
    private int _tokens;
    private DateTimeOffset _refilledAt;
    private DateTimeOffset _lastUsedAt;
    private long _successful;
    private long _failed;

    public WidgetTokenBucket(WidgetLimits limits, TimeProvider clock)
    {
        _clock = clock;
        _capacity = limits.Burst;
        _perPeriod = Math.Max(1, limits.RequestsPerMinute / 6);
        _tokens = _capacity;
        _refilledAt = _lastUsedAt = clock.GetUtcNow();
    }

    /// <summary>
    /// The partitioned limiter drops a bucket idle for a while. Only a full bucket says it is idle: dropping it and
    /// starting a new, full one changes nothing for the visitor.
    /// </summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = Refill();
                return _tokens >= _capacity ? now - _lastUsedAt : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _tokens,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            _lastUsedAt = Refill();
            if (_tokens >= Math.Max(permitCount, 1))
            {
                _tokens -= permitCount;
                _successful++;
                return Lease.Acquired;
            }

            _failed++;
            return Lease.Refused;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private DateTimeOffset Refill()
    {
        var now = _clock.GetUtcNow();
        var periods = (now - _refilledAt).Ticks / Period.Ticks;
        if (periods > 0)
        {
            // Bounded first, so a long pause cannot overflow the sum.
            _tokens = (int)Math.Min(_capacity, _tokens + (Math.Min(periods, _capacity) * _perPeriod));
            _refilledAt += Period * periods;
        }

        return now;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(acquired: true);
        public static readonly Lease Refused = new(acquired: false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
