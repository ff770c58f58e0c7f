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
}
