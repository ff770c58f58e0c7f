using OpenChannels.Web.Infrastructure;

namespace OpenChannels.Web.Jobs;

/// <summary>The background job runner and its store: the section "Jobs" of appsettings.json.</summary>
public sealed class JobSettings
{
    public const string Section = "Jobs";

    /// <summary>The environments that may keep jobs in memory (comparison runs and tests, never an operator's app).</summary>
    public static readonly string[] InMemoryEnvironments = ["Testing", "Benchmark"];

    /// <summary>Run jobs in this process. Off for tests that call jobs themselves, or for an instance that only serves pages.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>The job store file; empty means <c>jobs.db</c> in the data folder (docs/decisions/0009).</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>How often an idle worker looks for a queued job and the scheduler for a due recurring job.</summary>
    public double PollIntervalSeconds { get; set; } = 1;

    /// <summary><see cref="JobStoreKind.Sqlite"/> always; <see cref="JobStoreKind.InMemory"/> only for benchmark comparisons.</summary>
    public JobStoreKind Store { get; set; } = JobStoreKind.Sqlite;

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    public string ResolveDatabasePath(string contentRoot, string dataDirectory) => string.IsNullOrWhiteSpace(DatabasePath)
        ? Path.Combine(dataDirectory, "jobs.db")
        : Path.GetFullPath(DatabasePath, contentRoot);

    /// <summary>What is wrong with these settings, each message naming its key; empty when they are valid.</summary>
    public IEnumerable<string?> Validate(string environment) =>
    [
        SettingsCheck.Range($"{Section}:WorkerCount", WorkerCount, 1, 20),

        // The deadline sweeps run every 5 seconds: a slower poll would make them late.
        SettingsCheck.Range($"{Section}:PollIntervalSeconds", PollIntervalSeconds, 0.1, 5),
        !Enum.IsDefined(Store) ? $"{Section}:Store must be Sqlite; it is {Store}." :
        Store == JobStoreKind.InMemory && !InMemoryEnvironments.Contains(environment)
            ? $"{Section}:Store=InMemory loses every job and its history at a restart and is refused in the {environment} environment; use Sqlite."
            : null,
    ];
}
