using Microsoft.Data.Sqlite;

namespace OpenChannels.Tests.Support;

/// <summary>
/// The database a first start leaves in an empty data folder — every migration applied, WAL — made once per test run by
/// starting the app on a new folder. A <see cref="TestApp"/> starts on a copy of it unless it asks for an empty folder:
/// applying the migrations again was half of every test app's start-up. The app still runs its migration step on the
/// copy, as at any restart, and finds nothing to do.
/// </summary>
public static class MigratedDatabase
{
    public const string FileName = "openchannels.db";

    private static readonly Lazy<string> Template = new(CreateTemplate);

    public static void CopyTo(string dataDirectory) => File.Copy(Template.Value, Path.Combine(dataDirectory, FileName));

    private static string CreateTemplate()
    {
        var app = new TestApp(bootstrapAdmin: false, freshDatabase: true);
        _ = app.Services;
        app.Dispose();

        // Everything in the main file, so that copying the file alone copies the whole database.
        var path = Path.Combine(app.DataDirectory, FileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return path;
    }
}
