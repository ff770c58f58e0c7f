using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
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
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).Value!;
        var tickets = _app.Get<SignInTicketService>();
        await tickets.IssueAsync(userId, false);
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await tickets.IssueAsync(userId, false);
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
        }, ignoreOrder: true);
    }
}
