using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Bench;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Jobs;

namespace OpenChannels.Tests.Web.Jobs;

/// <summary>
/// J-4 across a crash: the real app as its own process sweeps a burst of due deadlines, is killed (SIGKILL, no graceful
/// stop) in the middle, and is started again on the same data folder. Every deadline is handled exactly once, and the
/// job store still holds the schedule and the history written before the kill.
/// </summary>
[Collection(AppProcessCollection.Name)]
public sealed class JobStoreRestartTests
{
    private const int Conversations = 3000;

    [Fact]
    public async Task KilledDuringABurstOfSweeps_RestartHandlesEveryDueDeadlineExactlyOnce_AndKeepsTheSchedule()
    {
        var folder = Directory.CreateTempSubdirectory("openchannels-kill-").FullName;
        var now = DateTimeOffset.UtcNow;
        string? succeededBeforeKill;
        int handledAtKill;
        await using (var app = await AppProcess.StartAsync(folder))
        {
            succeededBeforeKill = await Eventually.ReachAsync(
                () => Task.FromResult(SucceededJob(app.JobsDatabasePath)), id => id is not null, "a first job run", TimeSpan.FromSeconds(60));
            await using var database = BenchDatabase.Attach(app.DatabasePath, TimeProvider.System);
            await database.SeedAsync(agents: 2, open: Conversations, unassigned: 0, now.AddMinutes(-30));
            await database.MakeDeadlinesDueAsync(now.AddMinutes(-1));

            handledAtKill = await Eventually.ReachAsync(database.HandledDeadlinesAsync, n => n >= 100, "the sweeps are well into the burst", TimeSpan.FromSeconds(60));
            await app.KillAsync();
            handledAtKill = await database.HandledDeadlinesAsync();
        }

        handledAtKill.ShouldBeLessThan(Conversations, "the app was killed in the middle of the burst");
        await using (var app = await AppProcess.StartAsync(folder))
        {
            await using var database = BenchDatabase.Attach(app.DatabasePath, TimeProvider.System);
            await Eventually.ReachAsync(database.HandledDeadlinesAsync, n => n == Conversations, "every deadline handled after the restart", TimeSpan.FromSeconds(120));

            await using var db = database.Context();
            var timeout = DefaultTexts.For(ChannelLanguage.English, DefaultText.Timeout);
            var unanswered = DefaultTexts.For(ChannelLanguage.English, DefaultText.Unanswered);
            var perConversation = await db.Messages.Where(m => m.Kind == MessageKind.System)
                .GroupBy(m => m.ConversationId).Select(g => g.Count()).ToListAsync();
            perConversation.Count.ShouldBe(Conversations, "each conversation got its automatic text");
            perConversation.ShouldAllBe(count => count == 1, "no deadline was handled twice");
            (await db.Messages.CountAsync(m => m.Text == timeout)).ShouldBe(Conversations / 2);
            (await db.Messages.CountAsync(m => m.Text == unanswered)).ShouldBe(Conversations / 2);
            (await db.Conversations.CountAsync(c => c.FirstResponseAt != null && c.IsOpen)).ShouldBe(0);
            (await db.Conversations.CountAsync(c => c.UnansweredDueAt != null || c.ClientTimeoutDueAt != null)).ShouldBe(0);

            using var storage = new SQLiteStorage(app.JobsDatabasePath);
            using var connection = storage.GetConnection();
            var schedule = connection.GetRecurringJobs();
            schedule.Select(j => j.Id).ShouldBe(JobSchedule.RecurringJobs.Select(j => j.Id), ignoreOrder: true);
            schedule.ShouldAllBe(j => j.NextExecution != null && j.Error == null);
            storage.GetMonitoringApi().JobDetails(succeededBeforeKill!).History.Select(h => h.StateName).ShouldContain("Succeeded");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string? SucceededJob(string jobsDatabase)
    {
        using var storage = new SQLiteStorage(jobsDatabase);
        return storage.GetMonitoringApi().SucceededJobs(0, 1).FirstOrDefault().Key;
    }
}
