using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Routing;

/// <summary>The Queue tab's rules (Q-2…Q-6), valid by construction.</summary>
public sealed record QueueSettings
{
    /// <summary>Q-3: how long an offer waits before it moves to the next agent.</summary>
    public static readonly MinutesRange IdleTimeRange = new(1, 12 * 60, "1 minute and 12 hours");

    /// <summary>Q-6: the largest simultaneous limit.</summary>
    public const int MaxLimit = 1000;

    public QueueSettings(
        DistributionMode mode,
        TimeSpan idleTime,
        bool checkAvailability,
        bool alwaysMonitorAvailability,
        int? simultaneousLimit,
        ExcludedFromLimit excludedFromLimit)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainRuleViolated(new InvalidInput("Mode", "Choose how conversations are distributed."));
        }

        // 1 minute to 12 hours.
        if (!IdleTimeRange.Contains(idleTime))
        {
            throw new DomainRuleViolated(new InvalidInput("IdleTime", "The idle time must be between {0}.", IdleTimeRange.Described));
        }

        if (simultaneousLimit is < 1 or > MaxLimit)
        {
            throw new DomainRuleViolated(new InvalidInput("Limit", "The limit must be between 1 and {0} conversations.", MaxLimit));
        }

        Mode = mode;
        IdleTime = idleTime;
        CheckAvailability = checkAvailability;
        AlwaysMonitorAvailability = alwaysMonitorAvailability;
        SimultaneousLimit = simultaneousLimit;
        ExcludedFromLimit = excludedFromLimit;
    }

    public static QueueSettings Default { get; } =
        new(DistributionMode.Evenly, TimeSpan.FromMinutes(3), checkAvailability: true, alwaysMonitorAvailability: false, null, ExcludedFromLimit.None);

    public DistributionMode Mode { get; }

    /// <summary>Q-3: how long an offered agent has to accept before the next one gets it (Evenly, In order).</summary>
    public TimeSpan IdleTime { get; }

    /// <summary>Q-4: skip agents who are offline.</summary>
    public bool CheckAvailability { get; }

    /// <summary>Q-5: a client message in a conversation whose agent went offline sends it back to the queue.</summary>
    public bool AlwaysMonitorAvailability { get; }

    /// <summary>Q-6: at most this many conversations at once per agent; null is no limit.</summary>
    public int? SimultaneousLimit { get; }

    public ExcludedFromLimit ExcludedFromLimit { get; }
}
