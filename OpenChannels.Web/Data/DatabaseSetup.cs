using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Registers the SQLite database and the data folder's other residents (keys).</summary>
    public static WebApplicationBuilder AddOpenChannelsDatabase(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        Infrastructure.SettingsCheck.ThrowIfAny(StorageOptions.Section, storage.Validate());
        var contentRoot = builder.Environment.ContentRootPath;
        var dataDirectory = storage.ResolveDataDirectory(contentRoot);
        var databasePath = storage.ResolveDatabasePath(contentRoot);
        DataFolderPermissions.CreatePrivate(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            DefaultTimeout = storage.BusyTimeoutSeconds,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();

        var dataFolder = new DataFolder(dataDirectory, databasePath);
        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddSingleton<Storage.IFreeSpaceProbe, Storage.DriveFreeSpaceProbe>();
        builder.Services.AddSingleton(sp => new Storage.DiskFloor(storage.MinFreeDiskMegabytes * 1024L * 1024L, sp.GetRequiredService<Storage.IFreeSpaceProbe>()));
        // One gate per process and database file: every context of this app queues its write transactions on it.
        var writerGate = new SqliteWriterGate(TimeSpan.FromSeconds(storage.BusyTimeoutSeconds));
        var accessChanges = new AccessDataChanges();
        builder.Services.AddSingleton(accessChanges);
        builder.Services.AddDbContextFactory<OpenChannelsDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas(storage.BusyTimeoutSeconds), writerGate, accessChanges));

        // Cookies and tickets must survive a restart and be readable by every instance on the same data folder.
        var keyCertificate = DataProtectionSettings.From(builder.Configuration).LoadCertificate(contentRoot);
        DataFolderPermissions.CreatePrivate(dataFolder.Keys);
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("OpenChannels")
            .PersistKeysToFileSystem(new DirectoryInfo(dataFolder.Keys));
        if (keyCertificate is not null)
        {
            // Also registers the certificate for decryption, so the keys are read back without a certificate store.
            dataProtection.ProtectKeysWithCertificate(keyCertificate);
        }

        // Opening a SQLite file proves little (it is lazy); reading the schema proves the file is a readable database.
        builder.Services.AddHealthChecks().AddDbContextCheck<OpenChannelsDbContext>(
            "database",
            customTestQuery: async (db, cancellationToken) =>
                await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master").SingleAsync(cancellationToken) > 0);
        return builder;
    }

    /// <summary>Applies pending migrations and switches the file to WAL (a setting SQLite keeps in the file).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<OpenChannelsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
    }
}
