using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Reports;

namespace OpenChannels.Tests.Web.Reports;

/// <summary>Quarter-hours counted in UTC, folded into a channel's own days and hours: across DST, and at a midnight DST skips.</summary>
public sealed class ReportFoldingTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void TheQuarterHour_TheDatabaseComputes_IsTheOneDotNetComputes()
    {
        var at = new DateTimeOffset(2026, 11, 24, 18, 59, 59, TimeSpan.Zero);
        var stored = (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;

        (stored / SqlTime.StoredQuarterHour).ShouldBe(SqlTime.QuarterHourOf(at));
        SqlTime.StartOf(SqlTime.QuarterHourOf(at)).ShouldBe(new DateTimeOffset(2026, 11, 24, 18, 45, 0, TimeSpan.Zero));
    }

    [Fact]
    public void TheNightClocksGoBack_BothHoursAtTwoLandOnTheSameLocalDayAndHour()
    {
        // 25 Oct 2026 in Paris: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time.
        var channel = new ReportChannel(1, "Website", "Europe/Paris", null);
        var filter = new ReportFilter(new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25), null, Paris);
        TimeBucket At(int hour, int minute, int count) =>
            new(1, SqlTime.QuarterHourOf(new DateTimeOffset(2026, 10, 25, hour, minute, 0, TimeSpan.Zero)), count, 0, 0, 0, 0);

        var (periods, volume, _, hours) = ReportFolding.Fold(filter, new Dictionary<int, ReportChannel> { [1] = channel }, [At(0, 30, 2), At(1, 30, 3), At(22, 45, 1)]);

        periods.ShouldBe([new DateOnly(2026, 10, 25)]);
        volume.Single().Conversations.ShouldBe(6, "22:45 UTC is 23:45 winter time, still the 25th");
        (hours[DayOfWeek.Sunday, 2], hours[DayOfWeek.Sunday, 23]).ShouldBe((5, 1));
    }

    [Fact]
    public void AMidnightThatDstSkips_StartsTheDayAtItsFirstMoment()
    {
        // Chile moves from 00:00 to 01:00 on 6 Sep 2026: the day starts at 01:00 (UTC−3).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var day = new ReportFilter(new DateOnly(2026, 9, 6), new DateOnly(2026, 9, 6), null, santiago);

        day.Start.ShouldBe(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero));
        day.End.ShouldBe(new DateTimeOffset(2026, 9, 7, 3, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void APeriodOverTwoMonths_CountsByWeek_FromMondays()
    {
        var filter = new ReportFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null, TimeZoneInfo.Utc);

        filter.ByWeek.ShouldBeTrue();
        ReportFolding.PeriodOf(new DateOnly(2026, 1, 1), byWeek: true).ShouldBe(new DateOnly(2025, 12, 29));
        ReportFolding.PeriodOf(new DateOnly(2026, 1, 4), byWeek: true).ShouldBe(new DateOnly(2025, 12, 29), "a Sunday ends its week");
    }
}
