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
    public void Schedule_RegistersTheHousekeepingJobHourly()
    {
        using var connection = _app.Get<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().ShouldHaveSingleItem();

        job.Id.ShouldBe("sign-in-housekeeping");
        job.Cron.ShouldBe(Cron.Hourly());
        job.Job.Type.ShouldBe(typeof(SignInHousekeepingJob));
    }
}
