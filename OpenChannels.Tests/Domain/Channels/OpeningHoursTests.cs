using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Tests.Domain.Channels;

public sealed class OpeningHoursTests
{
    private static readonly DateTimeOffset SundayNoon = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly WorkingHours Weekdays =
        new("UTC", new TimeOnly(8, 30), new TimeOnly(17, 0), new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, [(25, 12)]);

    [Fact]
    public void TurningTheScheduleOff_KeepsItsDayForNextTime_AndIsAlwaysOpen()
    {
        var on = OpeningHours.Always.With(Weekdays, AutomaticReply.On, widgetOnlyDuringHours: true);
        var off = on.With(null, AutomaticReply.Off, widgetOnlyDuringHours: true);

        on.IsOpenAt(SundayNoon).ShouldBeFalse();
        off.Schedule.ShouldBeNull();
        off.IsOpenAt(SundayNoon).ShouldBeTrue();
        (off.Opens, off.Closes).ShouldBe((new TimeOnly(8, 30), new TimeOnly(17, 0)));
        OpeningHours.DaysOffSet(off.DaysOff).ShouldBe([DayOfWeek.Sunday, DayOfWeek.Saturday], ignoreOrder: true);
        off.Holidays.ShouldBe("25.12");
    }

    [Fact]
    public void TheWidgetHides_OnlyOutsideHours_AndOnlyWhenAskedTo()
    {
        OpeningHours.Always.With(Weekdays, AutomaticReply.On, widgetOnlyDuringHours: true).HidesWidgetAt(SundayNoon).ShouldBeTrue();
        OpeningHours.Always.With(Weekdays, AutomaticReply.On, widgetOnlyDuringHours: true).HidesWidgetAt(SundayNoon.AddDays(1)).ShouldBeFalse();
        OpeningHours.Always.With(Weekdays, AutomaticReply.On, widgetOnlyDuringHours: false).HidesWidgetAt(SundayNoon).ShouldBeFalse();
    }

    [Fact]
    public void AnAutomaticReplysText_IsTrimmed_EmptyIsTheDefault_AndTooLongIsRefusedByName()
    {
        AutomaticReply.Of(true, "  We are closed.  ", "Out-of-hours text").Text.ShouldBe("We are closed.");
        AutomaticReply.Of(true, "   ", "Out-of-hours text").Text.ShouldBeNull();
        Should.Throw<OpenChannels.Domain.Common.DomainRuleViolated>(() => AutomaticReply.Of(true, new string('x', 1001), "Out-of-hours text"))
            .Message.ShouldContain("Out-of-hours text");
    }
}
