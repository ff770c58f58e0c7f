using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Reports;

namespace OpenChannels.Tests.Web.Reports;

/// <summary>The reports' figures over <see cref="ReportWorld"/>'s scripted week: what they count, in which zone, and for whom (P-2).</summary>
public sealed class ReportServiceTests(ReportWorld world) : IClassFixture<ReportWorld>
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    private ReportService Reports => world.App.Get<ReportService>();

    private static ReportFilter Week(int? channel = null, TimeZoneInfo? zone = null) =>
        new(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), channel, zone ?? Utc);

    [Fact]
    public async Task ConversationsPerDay_AreCountedInEachChannelsZone()
    {
        var report = await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None);

        report.Volume.Select(v => (v.Period, v.Channel, v.Conversations)).ShouldBe(
        [
            (new DateOnly(2026, 11, 23), "Website", 2), // W2 is Tuesday in UTC, still Monday in New York.
            (new DateOnly(2026, 11, 25), "Shop", 1), // S1 is Tuesday in UTC, already Wednesday in Kolkata.
            (new DateOnly(2026, 11, 25), "Website", 1),
        ]);
        report.Periods.Count.ShouldBe(7);
        report.Total.ShouldBe(4);
    }

    [Fact]
    public async Task TheBusiestHours_PutEachConversationInItsChannelsWeekdayAndHour_HalfHourZonesIncluded()
    {
        var hours = (await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None)).Hours;

        (hours[DayOfWeek.Monday, 4], hours[DayOfWeek.Monday, 22], hours[DayOfWeek.Wednesday, 0], hours[DayOfWeek.Wednesday, 9]).ShouldBe((1, 1, 1, 1));
        (hours[DayOfWeek.Tuesday, 3], hours[DayOfWeek.Tuesday, 18]).ShouldBe((0, 0), "the UTC cells stay empty");
        hours.Max.ShouldBe(1);
    }

    [Fact]
    public async Task FirstResponses_FallInRanges_WithNearestRankPercentiles_AndTheShareWithinEachChannelsTarget()
    {
        var first = (await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None)).FirstResponse;

        first.Ranges.ShouldBe([1, 0, 1, 0, 1, 0, 0]);
        (first.Answered, first.Median, first.Percentile90, first.Percentile95).ShouldBe((3, (int?)90, (int?)600, (int?)600));

        // Website's target is one minute: W1 (20 s) is within, W2 (90 s) is not; Shop has no target and does not count.
        (first.WithTarget, first.WithinTarget, first.WithinTargetShare, first.CommonTarget).ShouldBe((2, 1, (double?)0.5, (TimeSpan?)null));
    }

    [Fact]
    public async Task EachAgentsLoad_CountsTheirConversations_AverageResponse_AndRatings()
    {
        var agents = (await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None)).Agents;

        agents.Select(a => (a.EmployeeId, a.Conversations, a.AverageResponseSeconds, a.Likes, a.Dislikes, a.AverageStars)).ShouldBe(
        [
            (world.Bea, 2, (double?)310, 1, 0, (double?)4),
            (world.Dan, 1, (double?)90, 0, 1, (double?)null),
        ]);
    }

    [Fact]
    public async Task Ratings_AreCountedPerDay()
    {
        var ratings = (await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None)).Ratings;

        var monday = ratings.Single(r => r.Period == new DateOnly(2026, 11, 23));
        (monday.Likes, monday.Dislikes, monday.LikeShare, monday.AverageStars).ShouldBe((1, 1, (double?)0.5, (double?)4));
        ratings.Where(r => r.Period != monday.Period).ShouldAllBe(r => r.LikeShare == null);
    }

    [Fact]
    public async Task TheChannelFilter_KeepsOneChannel_WithItsTarget()
    {
        var report = await Reports.BuildAsync(world.Website.Admin, Week(world.Website.ChannelId), CancellationToken.None);

        report.Total.ShouldBe(3);
        report.Channels.Select(c => c.Name).ShouldBe(["Website"]);
        report.FirstResponse.CommonTarget.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task ThePeriod_IsWholeDaysInTheViewersZone()
    {
        var wednesday = new DateOnly(2026, 11, 25);

        var inUtc = await Reports.BuildAsync(world.Website.Admin, new ReportFilter(wednesday, wednesday, null, Utc), CancellationToken.None);
        var inKolkata = await Reports.BuildAsync(
            world.Website.Admin, new ReportFilter(wednesday, wednesday, null, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata")), CancellationToken.None);

        inUtc.Total.ShouldBe(1, "S1 started on Tuesday, UTC");
        inKolkata.Total.ShouldBe(2, "S1 started at 00:15 on Wednesday in Kolkata");
    }

    [Fact]
    public async Task AManager_CountsOnlyTheirOwnConversations()
    {
        await world.App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, world.Dan);

        var report = await Reports.BuildAsync(new Viewer(world.Dan), Week(), CancellationToken.None);

        report.Total.ShouldBe(1);
        report.Agents.Select(a => a.EmployeeId).ShouldBe([world.Dan]);
        report.FirstResponse.Answered.ShouldBe(1);
    }

    [Fact]
    public async Task SomeoneWithoutTheListLevel_GetsAnEmptyReport()
    {
        var eve = await world.Website.AddAgentAsync("Eve");
        await world.App.GiveCustomRoleAsync("Nothing", new Dictionary<Permission, AccessLevel>(), HolderKind.Employee, eve);

        var report = await Reports.BuildAsync(new Viewer(eve), Week(), CancellationToken.None);

        (report.IsEmpty, report.Agents.Count, report.FirstResponse.Answered, report.Hours.Max).ShouldBe((true, 0, 0, 0));
    }

    [Fact]
    public async Task APeriodOverAYear_IsRefused_NamingTheEnd()
    {
        var filter = new ReportFilter(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), null, Utc);

        filter.Refusal().ShouldBeOfType<InvalidInput>().Field.ShouldBe("to");
        await Should.ThrowAsync<DomainRuleViolated>(() => Reports.BuildAsync(world.Website.Admin, filter, CancellationToken.None));
        new ReportFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, Utc).Refusal().ShouldBeNull("a whole year is allowed");
    }

    [Fact]
    public async Task TheFigures_AreAggregatesComputedInSql_NoConversationIsReadWhole()
    {
        using var commands = SqlCommands.Capture();

        await Reports.BuildAsync(world.Website.Admin, Week(), CancellationToken.None);

        var reads = commands.Texts.Where(sql => sql.Contains("FROM \"Conversations\"", StringComparison.Ordinal)).ToList();
        reads.Count.ShouldBeGreaterThanOrEqualTo(5);
        reads.ShouldAllBe(sql => sql.Contains("GROUP BY", StringComparison.Ordinal) || sql.Contains("COUNT(*)", StringComparison.Ordinal) || sql.Contains("LIMIT", StringComparison.Ordinal));
        reads.ShouldNotContain(sql => sql.Contains("\"LastMessagePreview\"", StringComparison.Ordinal), "no query reads whole conversations");
        reads.ShouldContain(sql => sql.Contains("/ 18432000000", StringComparison.Ordinal), "the quarter-hours are computed by the database");
    }
}
