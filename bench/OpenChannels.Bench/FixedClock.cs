namespace OpenChannels.Bench;

/// <summary>A clock that stands still, so every run sees the same "now".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
