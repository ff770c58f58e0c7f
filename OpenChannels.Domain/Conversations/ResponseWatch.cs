using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// K-1, K-2: how a channel times the answers of its conversations — the targets an answer is late against, and the
/// clock: the wall clock, or only the channel's working hours when its KPI tab says "count only working hours".
/// </summary>
/// <param name="InitialTarget">The time to answer the client's first message; null without a target.</param>
/// <param name="SubsequentTarget">The time to answer each later message; null without a target.</param>
/// <param name="CountedHours">The working hours that alone count; null when the clock runs day and night.</param>
public sealed record ResponseWatch(TimeSpan? InitialTarget, TimeSpan? SubsequentTarget, WorkingHours? CountedHours)
{
    /// <summary>No targets, the wall clock: response times are measured, nothing is ever late.</summary>
    public static readonly ResponseWatch Plain = new(null, null, null);

    /// <summary>The channel's KPI tab: its targets, and its working hours when only they count (none set: always open).</summary>
    public static ResponseWatch Of(OpenChannel channel) =>
        new(channel.Kpi.InitialTarget, channel.Kpi.SubsequentTarget, channel.Kpi.WorkingHoursOnly ? channel.Hours.Schedule : null);

    /// <summary>The time that counts between two instants; never negative.</summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? TimeSpan.Zero : CountedHours?.WorkingTimeBetween(from, to) ?? to - from;

    /// <summary>When an answer to a message that arrived at <paramref name="since"/> becomes late; null without a target.</summary>
    public DateTimeOffset? DueAt(DateTimeOffset since, bool firstAnswer) =>
        (firstAnswer ? InitialTarget : SubsequentTarget) is { } target
            ? CountedHours?.AfterWorkingTime(since, target) ?? since + target
            : null;
}
