using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Jobs;

namespace OpenChannels.Tests.Web.Jobs;

/// <summary>Hangfire on its SQLite store in the data folder (docs/decisions/0009): what it creates, and what a restart keeps.</summary>
public sealed class JobStoreTests
{
    [Fact]
    public void FirstStart_CreatesTheJobStore_BesideTheDatabase_WhichKeepsOnlyTheAppsTables()
    {
        using var app = new TestApp(freshDatabase: true);
        _ = app.Services;

        var jobTables = Tables(Path.Combine(app.DataDirectory, "jobs.db"));
        jobTables.ShouldContain("Job");
        jobTables.ShouldContain("State");
        jobTables.ShouldContain("JobQueue");
        jobTables.ShouldContain("DistributedLock");
        Tables(Path.Combine(app.DataDirectory, "openchannels.db")).ShouldNotContain("Job");
        Scalar(Path.Combine(app.DataDirectory, "jobs.db"), "PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void Restart_KeepsTheScheduleOnce_AndRemovesWhatIsNoLongerInTheCode()
    {
        var app = new TestApp();
        app.Get<IRecurringJobManager>().AddOrUpdate<RetiredJob>("retired-sweep", job => job.Run(), Cron.Hourly());
        var waiting = app.Get<IBackgroundJobClient>().Schedule<RetiredJob>(job => job.Run(), TimeSpan.FromHours(1));
        var kept = app.Get<IBackgroundJobClient>().Schedule<SignInHousekeepingJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromHours(1));
        app.Dispose();
        // The code of the waiting run is gone, as after an upgrade that removed a job.
        Execute(Path.Combine(app.DataDirectory, "jobs.db"), $"UPDATE Job SET InvocationData = replace(InvocationData, 'RetiredJob', 'RemovedJob') WHERE Id = {waiting}");

        using var restarted = app.Restart();

        using var connection = restarted.Get<JobStorage>().GetConnection();
        connection.GetRecurringJobs().Select(j => j.Id).ShouldBe(JobSchedule.RecurringJobs.Select(j => j.Id), ignoreOrder: true);
        connection.GetStateData(waiting).Name.ShouldBe(DeletedState.StateName);
        connection.GetStateData(kept).Name.ShouldBe(ScheduledState.StateName);
    }

    [Fact]
    public async Task AFailedRun_KeepsItsHistoryAndItsRetry_AcrossARestart()
    {
        var settings = new Dictionary<string, string> { ["Jobs:RunServer"] = "true", ["Jobs:PollIntervalSeconds"] = "0.1" };
        var app = new TestApp(settings: settings);
        var id = app.Get<IBackgroundJobClient>().Enqueue<FailingJob>(job => job.Run());
        await Eventually.ReachAsync(
            () => Task.FromResult(app.Get<JobStorage>().GetConnection().GetStateData(id)?.Name), s => s == ScheduledState.StateName, "the failed run waits for its retry");

        using var restarted = app.Restart();

        var details = restarted.Get<JobStorage>().GetMonitoringApi().JobDetails(id);
        details.History[0].StateName.ShouldBe(ScheduledState.StateName);
        details.History[0].Reason.ShouldContain("Retry attempt 1");
        details.History.Select(h => h.StateName).ShouldContain(ProcessingState.StateName);
        restarted.Get<JobStorage>().GetConnection().GetJobParameter(id, "RetryCount").ShouldBe("1");
    }

    [Fact]
    public async Task TheAppAndTheJobStore_UseOneSqliteLibrary()
    {
        using var app = new TestApp();
        var appVersion = await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS Value").SingleAsync());
        using var jobs = new SQLite.SQLiteConnection(Path.Combine(app.DataDirectory, "jobs.db"));

        jobs.ExecuteScalar<string>("SELECT sqlite_version()").ShouldBe(appVersion);
        // Two copies of SQLite in one process would not see each other's POSIX locks on the same file.
        File.ReadLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last())
            .Where(file => file.Contains("sqlite", StringComparison.OrdinalIgnoreCase) && file.EndsWith(".so", StringComparison.Ordinal))
            .Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Jobs:WorkerCount", "0", "Jobs:WorkerCount must be between 1 and 20; it is 0.")]
    [InlineData("Jobs:PollIntervalSeconds", "30", "Jobs:PollIntervalSeconds must be between 0.1 and 5; it is 30.")]
    [InlineData("Jobs:Store", "InMemory", "Jobs:Store=InMemory loses every job and its history at a restart and is refused in the Production environment")]
    public void BadSettings_StopTheStart_WithAMessageNamingTheKey(string key, string value, string message)
    {
        var settings = new JobSettings();
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build()
            .GetSection(JobSettings.Section).Bind(settings);

        settings.Validate("Production").OfType<string>().ShouldHaveSingleItem().ShouldStartWith(message);
        new JobSettings().Validate("Production").OfType<string>().ShouldBeEmpty();
        settings.Validate("Benchmark").OfType<string>().Count().ShouldBe(key == "Jobs:Store" ? 0 : 1);
    }

    [Fact]
    public void AnAppWithBadJobSettings_DoesNotStart()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Jobs:WorkerCount"] = "100" });

        Should.Throw<InvalidOperationException>(() => app.Services).Message.ShouldContain("Jobs:WorkerCount must be between 1 and 20; it is 100.");
    }

    internal static List<string> Tables(string path) =>
        Query(path, "SELECT name FROM sqlite_master WHERE type = 'table'");

    private static string Scalar(string path, string sql) => Query(path, sql).Single();

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery().ShouldBe(1);
    }

    /// <summary>A job the app had once and no longer schedules.</summary>
    public sealed class RetiredJob
    {
        public void Run()
        {
        }
    }

    /// <summary>A job that always fails, so Hangfire schedules its retry.</summary>
    public sealed class FailingJob
    {
        public void Run() => throw new InvalidOperationException("The job failed on purpose.");
    }
}
