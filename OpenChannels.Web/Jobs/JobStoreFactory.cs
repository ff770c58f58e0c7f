using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;
using SQLite;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Opens Hangfire's store (docs/decisions/0009): a SQLite file beside the app's database, in WAL mode, with the same
/// durability level and busy wait as the app's own connections. Hangfire creates its tables on first open.
/// </summary>
public static class JobStoreFactory
{
    public static JobStorage Open(JobSettings settings, string databasePath, TimeSpan busyTimeout)
    {
        if (settings.Store == JobStoreKind.InMemory)
        {
            return new InMemoryStorage();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var options = new SQLiteStorageOptions
        {
            QueuePollInterval = settings.PollInterval,
            JournalMode = SQLiteStorageOptions.JournalModes.WAL,

            // A run fetched by a process that died is handed out again after this (the store's default is 30 minutes).
            // Our jobs are idempotent sweeps, so an early second run costs nothing; a late one delays a retry.
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
        };
        return new SQLiteStorage(new SQLiteDbConnectionFactory(() => Connect(databasePath, busyTimeout)), options);
    }

    private static SQLiteConnection Connect(string databasePath, TimeSpan busyTimeout)
    {
        var connection = new SQLiteConnection(
            databasePath,
            SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.NoMutex,
            storeDateTimeAsTicks: true)
        { BusyTimeout = busyTimeout };

        // A commit is durable at the next checkpoint instead of each time, as for the app's connections (SqlitePragmas).
        connection.Execute("PRAGMA synchronous = NORMAL");
        return connection;
    }
}
