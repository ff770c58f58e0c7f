using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Scheduling;

/// <summary>
/// H-1: a channel's schedule in its own time zone: daily hours, days off and yearly holidays. Instants are
/// converted with the zone's rules, so it stays right across daylight-saving changes.
/// </summary>
public sealed record WorkingHours
{
    public WorkingHours(string timeZoneId, TimeOnly opens, TimeOnly closes, IReadOnlySet<DayOfWeek> daysOff, IReadOnlyList<(int Day, int Month)> holidays)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            throw new DomainRuleViolated(new InvalidInput("TimeZone", "Unknown time zone \"{0}\".", timeZoneId));
        }

        if (closes <= opens)
        {
            throw new DomainRuleViolated(new InvalidInput("Hours", "The working day must end after it starts."));
        }

        if (daysOff.Count == 7)
        {
            throw new DomainRuleViolated(new InvalidInput("DaysOff", "At least one day of the week must be a working day."));
        }

        Zone = zone;
        TimeZoneId = timeZoneId;
        Opens = opens;
        Closes = closes;
        DaysOff = daysOff;
        Holidays = holidays;
    }

    public string TimeZoneId { get; }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    public IReadOnlySet<DayOfWeek> DaysOff { get; }

    public IReadOnlyList<(int Day, int Month)> Holidays { get; }

    private TimeZoneInfo Zone { get; }

    /// <summary>Is this instant inside working hours, in the channel's own time zone?</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        if (DaysOff.Contains(local.DayOfWeek) || Holidays.Contains((local.Day, local.Month)))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return time >= Opens && time < Closes;
    }

    /// <summary>K-1 with "count only working hours": how much of the time between two instants lies inside working hours.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        foreach (var (start, end) in PeriodsFrom(from))
        {
            if (start >= to)
            {
                break;
            }

            total += (end < to ? end : to) - start;
        }

        return total;
    }

    /// <summary>K-2 with "count only working hours": the instant when <paramref name="amount"/> of working time has passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AfterWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        var left = amount;
        foreach (var (start, end) in PeriodsFrom(from))
        {
            if (end - start >= left)
            {
                return start + left;
            }

            left -= end - start;
        }

        // Not reached: every week has a working day. Should holidays fill a whole year, the clock runs on.
        return from + amount;
    }

    /// <summary>B-3: when working hours next begin (the instant itself inside them).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset from) => PeriodsFrom(from).Select(p => p.Start).DefaultIfEmpty(from).First();

    /// <summary>The working periods from an instant on, the first one cut to start there; up to about two years ahead.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> PeriodsFrom(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Zone).DateTime);
        for (var i = 0; i < 800; i++, day = day.AddDays(1))
        {
            if (DaysOff.Contains(day.DayOfWeek) || Holidays.Contains((day.Day, day.Month)))
            {
                continue;
            }

            var (start, end) = (InstantOf(day, Opens), InstantOf(day, Closes));
            if (end > from)
            {
                yield return (start > from ? start : from, end);
            }
        }
    }

    /// <summary>A wall-clock time of a day in the channel's zone as an instant (a time skipped by daylight saving takes the standard offset).</summary>
    private DateTimeOffset InstantOf(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
