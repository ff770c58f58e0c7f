using OpenChannels.Domain.Common;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// The Working hours tab (H-1, H-2, H-12): the schedule, if any, the reply outside it, and whether the live chat hides
/// outside it. The schedule is kept as plain values so the times chosen survive turning the schedule off and on.
/// </summary>
public sealed record OpeningHours
{
    private OpeningHours()
    {
        Holidays = string.Empty;
        OutOfHours = AutomaticReply.On;
    }

    /// <summary>No schedule (always open), the out-of-hours reply on, a 9:00–18:00 day ready for when one is chosen.</summary>
    public static OpeningHours Always { get; } = new() { Opens = new(9, 0), Closes = new(18, 0) };

    /// <summary>The zone of the schedule; null when working hours are not used.</summary>
    public string? TimeZoneId { get; private set; }

    public TimeOnly Opens { get; private set; }

    public TimeOnly Closes { get; private set; }

    /// <summary>Days off as bits (1 &lt;&lt; DayOfWeek).</summary>
    public int DaysOff { get; private set; }

    /// <summary>Yearly holidays, as <see cref="HolidayList"/> writes them.</summary>
    public string Holidays { get; private set; }

    /// <summary>H-2: outside hours, clients get an automatic reply (once per conversation).</summary>
    public AutomaticReply OutOfHours { get; private set; }

    /// <summary>H-12: the live chat shows only during working hours.</summary>
    public bool WidgetOnlyDuringHours { get; private set; }

    /// <summary>H-1: the schedule, when working hours are used; null means always open.</summary>
    public WorkingHours? Schedule => TimeZoneId is null
        ? null
        : new WorkingHours(TimeZoneId, Opens, Closes, DaysOffSet(DaysOff), HolidayList.Parse(Holidays));

    /// <summary>The days of <paramref name="bits"/>.</summary>
    public static IReadOnlySet<DayOfWeek> DaysOffSet(int bits) =>
        Enum.GetValues<DayOfWeek>().Where(day => (bits & (1 << (int)day)) != 0).ToHashSet();

    public bool IsOpenAt(DateTimeOffset now) => Schedule?.IsOpenAt(now) ?? true;

    /// <summary>The live chat is hidden now: it shows only during hours, and this is not one of them.</summary>
    public bool HidesWidgetAt(DateTimeOffset now) => WidgetOnlyDuringHours && !IsOpenAt(now);

    /// <summary>
    /// These hours with a new schedule (null: no schedule, the previous day and days off kept for next time), reply
    /// and widget choice.
    /// </summary>
    public OpeningHours With(WorkingHours? schedule, AutomaticReply outOfHours, bool widgetOnlyDuringHours) => this with
    {
        TimeZoneId = schedule?.TimeZoneId,
        Opens = schedule?.Opens ?? Opens,
        Closes = schedule?.Closes ?? Closes,
        DaysOff = schedule is null ? DaysOff : schedule.DaysOff.Aggregate(0, (bits, day) => bits | (1 << (int)day)),
        Holidays = schedule is null ? Holidays : HolidayList.Format(schedule.Holidays),
        OutOfHours = outOfHours,
        WidgetOnlyDuringHours = widgetOnlyDuringHours,
    };
}
