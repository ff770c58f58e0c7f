using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Support;

/// <summary>
/// A database of an earlier version in a folder of its own, for migration tests: migrate it up to a version, write rows
/// as that version did (a channel with a live chat, then raw SQL), and open it with today's model to migrate the rest.
/// </summary>
public sealed class EarlierInstallation : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-upgrade-").FullName;

    private string DatabasePath => Path.Combine(_folder, "app.db");

    /// <summary>The stored form of a moment <paramref name="seconds"/> after <see cref="Now"/>, for raw SQL.</summary>
    public static long At(int seconds = 0) => (long)Time.ConvertToProvider(Now.AddSeconds(seconds))!;

    /// <summary>A context of the earlier model, migrated up to <paramref name="version"/>, with one channel and its live chat (connector 1).</summary>
    public async Task<(OpenChannelsDbContext Db, int ChannelId)> AtVersionWithAChannelAsync(string version)
    {
        var db = EarlierModel.Context(DatabasePath);
        await db.GetService<IMigrator>().MigrateAsync(version);
        var channel = new OpenChannel("Website", Now);
        db.OpenChannels.Add(channel);
        await db.SaveChangesAsync();
        db.Connectors.Add(new Connector(ConnectorKind.LiveChat, "Chat", channel.Id, "key"));
        await db.SaveChangesAsync();
        return (db, channel.Id);
    }

    /// <summary>Today's context on the same file (migrate it to run the later migrations).</summary>
    public OpenChannelsDbContext Today() =>
        new(new DbContextOptionsBuilder<OpenChannelsDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
