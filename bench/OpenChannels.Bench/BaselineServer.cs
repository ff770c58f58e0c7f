using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenChannels.Bench;

/// <summary>
/// The physical limit of "store one message" here: an in-process Kestrel endpoint that reads the same JSON body as
/// the widget API and does one prepared INSERT into a temporary SQLite file (WAL, synchronous=NORMAL), one writer.
/// </summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SemaphoreSlim _writer = new(1);
    private readonly string _folder;

    private BaselineServer(WebApplication app, SqliteConnection connection, SqliteCommand insert, string folder)
    {
        _app = app;
        _connection = connection;
        _insert = insert;
        _folder = folder;
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static async Task<BaselineServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("openchannels-bench-baseline-").FullName;
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "baseline.db")}");
        await connection.OpenAsync();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                CREATE TABLE Messages (Id INTEGER PRIMARY KEY, ClientMessageId TEXT NOT NULL, Text TEXT NOT NULL, CreatedAt INTEGER NOT NULL);
                """;
            await setup.ExecuteNonQueryAsync();
        }

        var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Messages (ClientMessageId, Text, CreatedAt) VALUES ($id, $text, $at) RETURNING Id";
        insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.Add("$text", SqliteType.Text);
        insert.Parameters.Add("$at", SqliteType.Integer);
        insert.Prepare();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new BaselineServer(app, connection, insert, folder);
        app.MapPost("/api/widget/{key}/messages", (Delegate)server.StoreAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> StoreAsync(HttpContext http)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        await _writer.WaitAsync();
        try
        {
            _insert.Parameters["$id"].Value = body.GetProperty("id").GetString();
            _insert.Parameters["$text"].Value = body.GetProperty("text").GetString();
            _insert.Parameters["$at"].Value = DateTimeOffset.UtcNow.UtcTicks;
            var id = (long)(await _insert.ExecuteScalarAsync())!;
            return Results.Created((string?)null, new { id });
        }
        finally
        {
            _writer.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
        SqliteConnection.ClearPool(_connection);
        Directory.Delete(_folder, recursive: true);
    }
}
