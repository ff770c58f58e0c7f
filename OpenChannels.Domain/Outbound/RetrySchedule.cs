namespace OpenChannels.Domain.Outbound;

/// <summary>
/// When a failed outbound event is tried again: 10 s, doubling each time up to an hour between attempts, each pause
/// moved by up to ±20 % so that the events a receiver's outage held back do not all arrive again at the same second.
/// An event is given up 24 hours after it was written.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    /// <param name="attempts">The attempts made so far (1 after the first failure).</param>
    /// <param name="jitter">A number in [0, 1): 0.5 keeps the pause as it is.</param>
    public static TimeSpan PauseAfter(int attempts, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var seconds = Math.Min(First.TotalSeconds * Math.Pow(2, exponent), Longest.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1))));
    }
}
