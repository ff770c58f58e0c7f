namespace OpenChannels.Bench;

/// <summary>
/// The job stores compared in one run (docs/decisions/0009): Hangfire's in-memory store the app used before, its SQLite
/// store in <c>jobs.db</c> beside the app's database (the default), and the same store inside the app's database file.
/// </summary>
public sealed record JobStoreVariant(string Name, string Environment, IReadOnlyDictionary<string, string> Settings)
{
    // The in-memory store is refused outside the Testing and Benchmark environments.
    public static readonly JobStoreVariant InMemory =
        new("in memory (the store before)", "Benchmark", new Dictionary<string, string> { ["Jobs__Store"] = "InMemory" });

    public static readonly JobStoreVariant Default = new("SQLite, jobs.db beside the database (default)", "Production", new Dictionary<string, string>());

    public static readonly JobStoreVariant InsideDatabase = new("SQLite, inside the app's database file", "Production",
        new Dictionary<string, string> { ["Jobs__DatabasePath"] = Path.Combine(AppProcess.DataFolderPlaceholder, "openchannels.db") });

    public static readonly IReadOnlyList<JobStoreVariant> All = [InMemory, Default, InsideDatabase];

    public Task<AppProcess> StartAsync() => AppProcess.StartAsync(settings: Settings, environment: Environment);
}
