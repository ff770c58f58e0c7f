using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Employees;
using OpenChannels.Tests.Support;
using OpenChannels.Tests.Web.Jobs;
using OpenChannels.Web.Data;
using OpenChannels.Web.Jobs;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// An operator may point the job store at the app's own database file (Jobs:DatabasePath): Hangfire's tables and the
/// EF migrations then share one file, in either order of creation, and neither disturbs the other.
/// </summary>
public sealed class JobStoreMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-jobstore-").FullName;

    private string DatabasePath => Path.Combine(_folder, "openchannels.db");

    [Fact]
    public async Task EveryMigration_Applies_OnAFileThatAlreadyHoldsTheJobStore()
    {
        Schedule(JobStoreFactory.Open(new JobSettings(), DatabasePath, TimeSpan.FromSeconds(5)));

        await using var db = Context();
        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Employees.Add(new Employee("Ann", "Lee", "ann@example.test", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        RecurringJobIds(JobStoreFactory.Open(new JobSettings(), DatabasePath, TimeSpan.FromSeconds(5)))
            .ShouldBe(JobSchedule.RecurringJobs.Select(j => j.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task TheJobStore_Opens_OnAMigratedFile_AndTheMigrationsStayApplied()
    {
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
        }

        Schedule(JobStoreFactory.Open(new JobSettings(), DatabasePath, TimeSpan.FromSeconds(5)));

        await using var again = Context();
        (await again.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        await again.Database.MigrateAsync();
        JobStoreTests.Tables(DatabasePath).ShouldContain("Job");
        JobStoreTests.Tables(DatabasePath).ShouldContain("Conversations");
    }

    [Fact]
    public async Task TheApp_RunsWithTheJobStoreInItsOwnDatabaseFile_AcrossARestart()
    {
        var app = new TestApp(dataDirectory: _folder, settings: new Dictionary<string, string> { ["Jobs:DatabasePath"] = DatabasePath });
        var scenario = await Scenario.CreateAsync(app, "Website");

        using var restarted = app.Restart();

        File.Exists(Path.Combine(_folder, "jobs.db")).ShouldBeFalse();
        RecurringJobIds(restarted.Get<JobStorage>()).ShouldBe(JobSchedule.RecurringJobs.Select(j => j.Id), ignoreOrder: true);
        (await restarted.QueryAsync(db => db.OpenChannels.Select(c => c.Id).SingleAsync())).ShouldBe(scenario.ChannelId);
    }

    private OpenChannelsDbContext Context() => new(new DbContextOptionsBuilder<OpenChannelsDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);

    private static void Schedule(JobStorage storage)
    {
        var manager = new RecurringJobManager(storage);
        foreach (var job in JobSchedule.RecurringJobs)
        {
            job.Register(manager);
        }

        (storage as IDisposable)?.Dispose();
    }

    private static List<string> RecurringJobIds(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).ToList();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
