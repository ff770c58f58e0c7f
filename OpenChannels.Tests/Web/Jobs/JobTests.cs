using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Jobs;

namespace OpenChannels.Tests.Web.Jobs;

public sealed class JobTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Housekeeping_RemovesOnlyExpiredTickets_AndIsSafeToRunTwice()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var tickets = _app.Get<SignInTicketService>();
        await tickets.IssueAsync(userId, false, "browser");
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await tickets.IssueAsync(userId, false, "browser");
        var job = _app.Get<SignInHousekeepingJob>();

        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        (await _app.QueryAsync(db => db.SignInTickets.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public void Schedule_RegistersEveryRecurringJob_WithItsTiming()
    {
        using var connection = _app.Get<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => (j.Cron, j.Job.Type));

        jobs.ShouldBe(new Dictionary<string, (string, Type)>
        {
            ["sign-in-housekeeping"] = (Cron.Hourly(), typeof(SignInHousekeepingJob)),
            ["j1-reoffer-unassigned"] = ("*/2 * * * *", typeof(ReofferUnassignedJob)),
            ["j2-return-from-unavailable-agents"] = (Cron.Daily(), typeof(ReturnFromUnavailableAgentsJob)),
            ["j3-close-stale-conversations"] = (Cron.Hourly(), typeof(CloseStaleConversationsJob)),
            ["j4-idle-offers"] = ("*/5 * * * * *", typeof(TransferIdleOffersJob)),
            ["j4-unanswered"] = ("*/5 * * * * *", typeof(MarkUnansweredJob)),
            ["j4-late-responses"] = ("*/5 * * * * *", typeof(AnnounceLateResponsesJob)),
            ["j4-client-timeout"] = ("*/5 * * * * *", typeof(CloseTimedOutConversationsJob)),
            ["j4-full-close"] = ("*/5 * * * * *", typeof(FullyCloseJob)),
            ["j4-rating-time-limit"] = ("*/5 * * * * *", typeof(WithdrawRatingRequestsJob)),
            ["list-exports"] = ("*/5 * * * * *", typeof(RunListExportsJob)),
            ["j4-bot-hand-over"] = ("*/5 * * * * *", typeof(HandOverFromBotsJob)),
            ["bot-events"] = ("*/5 * * * * *", typeof(DeliverBotEventsJob)),
            ["outbound-events"] = ("*/5 * * * * *", typeof(DeliverOutboundJob)),
        }, ignoreOrder: true);
    }

    [Fact]
    public void TheFiveSecondSweeps_KeepAShortHistory_AndAreNotRetried_TheOthersAre()
    {
        foreach (var definition in JobSchedule.RecurringJobs)
        {
            var job = new Hangfire.Common.Job(definition.JobType, typeof(IRecurringJob).GetMethod(nameof(IRecurringJob.RunAsync))!, CancellationToken.None);
            var filters = new Hangfire.Common.JobFilterAttributeFilterProvider().GetFilters(job).Select(f => f.Instance).ToList();
            var frequent = definition.Cron == JobSchedule.EveryFiveSeconds;

            filters.OfType<ShortHistoryAttribute>().Any().ShouldBe(frequent, definition.Id);
            filters.OfType<AutomaticRetryAttribute>().Any(a => a.Attempts == 0).ShouldBe(frequent, definition.Id);
        }
    }

    [Fact]
    public async Task SweepJob_SaysWhatItDid_AndSkipsWhileItsPreviousRunIsGoing()
    {
        var runs = _app.Get<SweepRuns>();
        var release = new TaskCompletionSource<int>();

        var first = runs.RunAsync("sweep", () => release.Task, "rows handled");
        var second = await runs.RunAsync("sweep", () => Task.FromResult(1), "rows handled");
        var other = await runs.RunAsync("another sweep", () => Task.FromResult(2), "rows handled");
        release.SetResult(3);

        second.ShouldStartWith("Skipped");
        other.ShouldBe("2 rows handled");
        (await first).ShouldBe("3 rows handled");
        (await runs.RunAsync("sweep", () => Task.FromResult(0), "rows handled")).ShouldBe("0 rows handled");
    }

    [Fact]
    public async Task EverySweepOfTheSchedule_RunsThroughItsJob()
    {
        foreach (var definition in JobSchedule.RecurringJobs)
        {
            var job = (IRecurringJob)_app.Services.GetRequiredService(definition.JobType);

            (await job.RunAsync(CancellationToken.None)).ShouldStartWith("0 ", customMessage: definition.Id);
        }
    }

    [Fact]
    public async Task Dashboard_ListsEveryRecurringJob_WithItsTitleAndSchedule()
    {
        var admin = await _app.SignedInClientAsync();

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/jobs/recurring"));

        foreach (var job in JobSchedule.RecurringJobs)
        {
            page.ShouldContain(job.Id);
            page.ShouldContain(job.Title);
            page.ShouldContain(job.Cron);
        }
    }

    [Fact]
    public async Task ARecurringJob_TriggeredOnTheServer_ShowsItsResultOnTheDashboard()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Jobs:RunServer"] = "true", ["Jobs:PollIntervalSeconds"] = "0.1" });
        var admin = await app.SignedInClientAsync();
        var id = ((IRecurringJobManagerV2)app.Get<IRecurringJobManager>()).TriggerJob("sign-in-housekeeping");

        await Eventually.ReachAsync(
            () => Task.FromResult(app.Get<JobStorage>().GetConnection().GetStateData(id)?.Name), s => s == "Succeeded", "the triggered run succeeds");

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/jobs/jobs/details/{id}"));
        page.ShouldContain("Sign-in housekeeping");
        page.ShouldContain("0 expired sign-in tickets removed");
        var recurring = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/jobs/recurring"));
        recurring.ShouldContain($"<a href=\"/jobs/jobs/details/{id}\" class=\"text-decoration-none\">", Case.Sensitive, "the last run, linked");
        recurring.ShouldContain("label-state-success");
    }
}
