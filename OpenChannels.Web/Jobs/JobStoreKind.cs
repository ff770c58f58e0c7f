namespace OpenChannels.Web.Jobs;

/// <summary>Where Hangfire keeps jobs, schedules and their history.</summary>
public enum JobStoreKind
{
    /// <summary>A SQLite file in the data folder: survives restarts (the product's store).</summary>
    Sqlite,

    /// <summary>Process memory: only for same-run benchmark comparisons and tests (see <see cref="JobSettings.Validate"/>).</summary>
    InMemory,
}
