using System.Threading.RateLimiting;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// One allowance on the public widget API (a visitor's, an address's, an address's new sessions): a token bucket that
/// holds up to a burst and gets some back every period. The refill is counted from the app's <see cref="TimeProvider"/>
/// when a request comes, not by a timer of its own, so it follows the same clock as the rest of the app (and a test's
/// fake clock). Nothing waits in a queue: a request over the limit is refused at once, with the time to the next refill.
/// </summary>
public sealed class WidgetTokenBucket : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private readonly int _perPeriod;
    private readonly TimeSpan _period;
    private int _tokens;
    private DateTimeOffset _refilledAt;
    private DateTimeOffset _lastUsedAt;
    private long _successful;
    private long _failed;

    public WidgetTokenBucket(int capacity, int perPeriod, TimeSpan period, TimeProvider clock)
    {
        _clock = clock;
        _capacity = capacity;
        _perPeriod = perPeriod;
        _period = period;
        _tokens = _capacity;
        _refilledAt = _lastUsedAt = clock.GetUtcNow();
    }

    /// <summary>Requests: <see cref="WidgetLimits.Burst"/>, and <see cref="WidgetLimits.RequestsPerMinute"/> / 6 back every 10 seconds.</summary>
    public static WidgetTokenBucket ForRequests(WidgetLimits limits, TimeProvider clock) =>
        new(limits.Burst, Math.Max(1, limits.RequestsPerMinute / 6), TimeSpan.FromSeconds(10), clock);

    /// <summary>New sessions: <see cref="WidgetLimits.SessionBurst"/>, and one back every hour / <see cref="WidgetLimits.SessionsPerHour"/>.</summary>
    public static WidgetTokenBucket ForSessions(WidgetLimits limits, TimeProvider clock) =>
        new(limits.SessionBurst, 1, TimeSpan.FromHours(1) / limits.SessionsPerHour, clock);

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
            return new Lease(acquired: false, retryAfter: _refilledAt + _period - _lastUsedAt);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private DateTimeOffset Refill()
    {
        var now = _clock.GetUtcNow();
        var periods = (now - _refilledAt).Ticks / _period.Ticks;
        if (periods > 0)
        {
            // Bounded first, so a long pause cannot overflow the sum.
            _tokens = (int)Math.Min(_capacity, _tokens + (Math.Min(periods, _capacity) * (long)_perPeriod));
            _refilledAt += _period * periods;
        }

        return now;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static readonly Lease Acquired = new(acquired: true);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
