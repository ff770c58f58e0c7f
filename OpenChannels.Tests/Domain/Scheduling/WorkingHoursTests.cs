using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Tests.Domain.Scheduling;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Warsaw = new(
        "Europe/Warsaw", new TimeOnly(9, 0), new TimeOnly(18, 0), new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, HolidayList.Parse("31.12, 01.01"));

    [Theory]
    [InlineData("2026-03-27T07:59:00Z", false)] // Friday 08:59 CET
    [InlineData("2026-03-27T08:00:00Z", true)] // Friday 09:00 CET
    [InlineData("2026-03-27T16:59:00Z", true)] // Friday 17:59 CET
    [InlineData("2026-03-27T17:00:00Z", false)] // Friday 18:00 CET
    [InlineData("2026-03-30T07:30:00Z", true)] // Monday 09:30 CEST: after the change, a fixed +1 would say 08:30
    [InlineData("2026-03-30T16:30:00Z", false)] // Monday 18:30 CEST: a fixed +1 would say 17:30
    [InlineData("2026-03-28T10:00:00Z", false)] // Saturday
    [InlineData("2026-12-31T10:00:00Z", false)] // holiday, a Thursday
    [InlineData("2027-01-01T10:00:00Z", false)] // holiday, the next year too
    [InlineData("2026-12-30T10:00:00Z", true)] // the day before
    public void IsOpenAt_UsesTheChannelsZone_AcrossDaylightSaving(string instant, bool open)
    {
        Warsaw.IsOpenAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(open);
    }

    [Theory]
    [InlineData("2026-03-27T08:30:00Z", "2026-03-27T09:00:00Z", 30)] // Friday 09:30–10:00, inside the day
    [InlineData("2026-03-27T06:00:00Z", "2026-03-27T08:10:00Z", 10)] // from before opening: only from 09:00
    [InlineData("2026-03-27T16:50:00Z", "2026-03-30T07:20:00Z", 30)] // Friday 17:50 to Monday 09:20: the weekend does not count
    [InlineData("2026-12-30T16:30:00Z", "2027-01-04T08:15:00Z", 45)] // over the two holidays and a weekend
    [InlineData("2026-03-27T10:00:00Z", "2026-03-27T09:00:00Z", 0)] // backwards: nothing
    public void WorkingTimeBetween_CountsOnlyWorkingHours(string from, string to, int minutes)
    {
        Warsaw.WorkingTimeBetween(At(from), At(to)).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData("2026-03-27T08:30:00Z", 30, "2026-03-27T09:00:00Z")] // inside the day
    [InlineData("2026-03-27T16:50:00Z", 30, "2026-03-30T07:20:00Z")] // 10 min on Friday, 20 on Monday (after the change to summer time)
    [InlineData("2026-03-28T12:00:00Z", 5, "2026-03-30T07:05:00Z")] // written on Saturday: from Monday's opening
    [InlineData("2026-03-27T16:00:00Z", 60, "2026-03-27T17:00:00Z")] // exactly at closing
    public void AfterWorkingTime_IsWhenThatMuchWorkingTimeHasPassed(string from, int minutes, string expected)
    {
        Warsaw.AfterWorkingTime(At(from), TimeSpan.FromMinutes(minutes)).ShouldBe(At(expected));
        Warsaw.WorkingTimeBetween(At(from), At(expected)).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AutumnChange_IsHandledToo()
    {
        // 25 Oct 2026 the clocks go back: Monday 26 Oct 08:30 UTC is 09:30 CET (open); in summer time it would be 10:30.
        Warsaw.IsOpenAt(new DateTimeOffset(2026, 10, 26, 7, 30, 0, TimeSpan.Zero)).ShouldBeFalse();
        Warsaw.IsOpenAt(new DateTimeOffset(2026, 10, 26, 8, 30, 0, TimeSpan.Zero)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("32.13", "\"32.13\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.")]
    [InlineData("31.12, 30.02", "\"30.02\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.")]
    [InlineData("12/25", "\"12/25\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.")]
    [InlineData("1.1.2027", "\"1.1.2027\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.")]
    public void Holidays_WithAnInvalidEntry_AreRefusedNamingIt(string text, string message)
    {
        Should.Throw<DomainRuleViolated>(() => HolidayList.Parse(text)).Message.ShouldBe(message);
    }

    [Fact]
    public void Holidays_AcceptSpacesRepeatsAndLeapDay()
    {
        var holidays = HolidayList.Parse(" 31.12 ,01.01,, 29.02, 31.12 ");

        holidays.ShouldBe([(31, 12), (1, 1), (29, 2)]);
        HolidayList.Format(holidays).ShouldBe("31.12, 01.01, 29.02");
    }

    [Fact]
    public void Schedule_ThatEndsBeforeItStarts_OrHasNoWorkingDay_IsRefused()
    {
        Should.Throw<DomainRuleViolated>(() => new WorkingHours("Europe/Paris", new TimeOnly(18, 0), new TimeOnly(9, 0), new HashSet<DayOfWeek>(), []));
        Should.Throw<DomainRuleViolated>(() => new WorkingHours("Europe/Paris", new TimeOnly(9, 0), new TimeOnly(18, 0), Enum.GetValues<DayOfWeek>().ToHashSet(), []));
        Should.Throw<DomainRuleViolated>(() => new WorkingHours("Mars/Olympus", new TimeOnly(9, 0), new TimeOnly(18, 0), new HashSet<DayOfWeek>(), []))
            .Message.ShouldBe("Unknown time zone \"Mars/Olympus\".");
    }

    [Fact]
    public void DefaultTexts_ExistInEveryLanguage_AndAreTranslated()
    {
        foreach (var language in Enum.GetValues<ChannelLanguage>())
        {
            foreach (var text in Enum.GetValues<DefaultText>())
            {
                var value = DefaultTexts.For(language, text);
                value.ShouldNotBeNullOrWhiteSpace();
                if (language != ChannelLanguage.English)
                {
                    value.ShouldNotBe(DefaultTexts.For(ChannelLanguage.English, text));
                }
            }
        }
    }
}
