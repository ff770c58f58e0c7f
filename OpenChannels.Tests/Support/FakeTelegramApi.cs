using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenChannels.Tests.Support;

/// <summary>
/// A Telegram Bot API server on its own loopback port, speaking the real HTTP protocol (<c>POST /bot{token}/{method}</c>
/// with JSON or multipart, <c>{"ok":…,"result":…}</c>, files at <c>/file/bot{token}/{path}</c>) for one bot. Clients'
/// updates wait until a <c>getUpdates</c> with a later offset acknowledges them, as at Telegram; a test can make the next
/// call of a method fail (a 429 with <c>retry_after</c>…) and reads every call afterwards.
/// </summary>
public sealed class FakeTelegramApi : IAsyncDisposable
{
    public const string Token = "123456789:AAHfakeTokenForTheTestsOnly_abcdefghij";
    public const string BotUsername = "shop_bot";

    private readonly WebApplication _server;
    private readonly object _gate = new();
    private readonly List<(long Id, JsonObject Update)> _pending = [];
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentDictionary<string, (int Status, string Description, int? RetryAfter)> _failures = new();
    private long _nextUpdateId = 500;
    private int _nextMessageId = 1;

    private FakeTelegramApi(WebApplication server) => _server = server;

    public Uri BaseUrl { get; private set; } = default!;

    public ConcurrentQueue<TelegramCall> Calls { get; } = new();

    /// <summary>The offset of the last <c>getUpdates</c>: every update before it is acknowledged, forgotten by Telegram.</summary>
    public long? AcknowledgedBefore { get; private set; }

    /// <summary>Whether a file download answers 500 (Telegram's file server having a bad moment).</summary>
    public bool FilesFail { get; set; }

    public IEnumerable<TelegramCall> CallsOf(string method) => Calls.Where(c => c.Method == method);

    /// <param name="port">0 for any free port; a fixed one when the app's settings must name it before the server starts.</param>
    public static async Task<FakeTelegramApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", $"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTelegramApi(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", fake.DownloadAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    /// <summary>A loopback port free right now, for a server started later.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The next call of <paramref name="method"/> fails once, as Telegram answers it.</summary>
    public void FailNext(string method, int status, string description, int? retryAfter = null) => _failures[method] = (status, description, retryAfter);

    /// <summary>A client writes to the bot in their private chat; returns the update's id.</summary>
    public long ClientWrites(long chatId, string text, string firstName = "Ada", string? lastName = "Lovelace", string? username = "ada_l") =>
        Enqueue(TelegramUpdates.Message(NextMessageId(), chatId, firstName, lastName, username, new JsonObject { ["text"] = text }));

    /// <summary>Someone writes in a group the bot was added to; returns the update's id.</summary>
    public long SomeoneWritesInAGroup(long groupId, long userId, string text)
    {
        var update = TelegramUpdates.Message(NextMessageId(), userId, "Bob", null, "bob_b", new JsonObject { ["text"] = text });
        update["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "group", ["title"] = "Shop fans" };
        return Enqueue(update);
    }

    /// <summary>A client sends a photo (offered in two sizes, as Telegram does), with an optional caption.</summary>
    public long ClientSendsPhoto(long chatId, byte[] photo, string? caption = null)
    {
        var id = $"photo-{NextMessageId()}";
        _files[id] = photo;
        return Enqueue(TelegramUpdates.Message(NextMessageId(), chatId, "Ada", "Lovelace", "ada_l", TelegramUpdates.Photo(id, photo.Length, caption)));
    }

    /// <summary>A client sends a document; <paramref name="size"/> is what Telegram tells of it (a file too large is never downloaded).</summary>
    public long ClientSendsDocument(long chatId, string name, byte[] content, long? size = null)
    {
        var id = $"doc-{NextMessageId()}";
        _files[id] = content;
        return Enqueue(TelegramUpdates.Message(NextMessageId(), chatId, "Ada", "Lovelace", "ada_l", TelegramUpdates.Document(id, name, size ?? content.Length)));
    }

    /// <summary>The JSON of a pending update, as Telegram would post it to a webhook.</summary>
    public string UpdateJson(long updateId)
    {
        lock (_gate)
        {
            return _pending.Single(u => u.Id == updateId).Update.ToJsonString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private int NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    private long Enqueue(JsonObject message)
    {
        lock (_gate)
        {
            var id = ++_nextUpdateId;
            _pending.Add((id, new JsonObject { ["update_id"] = id, ["message"] = message }));
            return id;
        }
    }

    private async Task HandleAsync(string token, string method, HttpContext http)
    {
        var (parameters, fileName, file) = await TelegramCall.ReadAsync(http.Request);
        if (token != Token)
        {
            await AnswerAsync(http, method, parameters, fileName, file, 401, Error(401, "Unauthorized", null));
            return;
        }

        if (_failures.TryRemove(method, out var failure))
        {
            await AnswerAsync(http, method, parameters, fileName, file, failure.Status, Error(failure.Status, failure.Description, failure.RetryAfter));
            return;
        }

        var result = method switch
        {
            "getMe" => new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Shop", ["username"] = BotUsername },
            "getUpdates" => Updates(parameters),
            "getFile" => File(parameters["file_id"]),
            "sendMessage" or "sendPhoto" or "sendDocument" => Sent(parameters),
            "setWebhook" or "deleteWebhook" => JsonValue.Create(true),
            _ => null,
        };
        await AnswerAsync(http, method, parameters, fileName, file, result is null ? 404 : 200, result is null
            ? Error(404, "Not Found", null)
            : new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private JsonNode Updates(Dictionary<string, string> parameters)
    {
        lock (_gate)
        {
            if (parameters.TryGetValue("offset", out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var offset))
            {
                AcknowledgedBefore = offset;
                _pending.RemoveAll(u => u.Id < offset);
            }

            return new JsonArray([.. _pending.Select(u => u.Update.DeepClone())]);
        }
    }

    private JsonNode? File(string fileId) => _files.TryGetValue(fileId, out var bytes)
        ? new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId, ["file_size"] = bytes.Length, ["file_path"] = $"files/{fileId}" }
        : null;

    private JsonObject Sent(Dictionary<string, string> parameters) => new()
    {
        ["message_id"] = NextMessageId(),
        ["date"] = 1_795_000_000,
        ["chat"] = new JsonObject { ["id"] = long.Parse(parameters["chat_id"], CultureInfo.InvariantCulture), ["type"] = "private" },
    };

    private async Task DownloadAsync(string token, string path, HttpContext http)
    {
        var fileId = path.StartsWith("files/", StringComparison.Ordinal) ? path["files/".Length..] : path;
        Calls.Enqueue(new TelegramCall("download", new Dictionary<string, string> { ["path"] = path }, null, null, FilesFail ? 500 : 200));
        if (token != Token || FilesFail || !_files.TryGetValue(fileId, out var bytes))
        {
            http.Response.StatusCode = FilesFail ? 500 : 404;
            return;
        }

        http.Response.ContentType = "application/octet-stream";
        await http.Response.Body.WriteAsync(bytes);
    }

    private async Task AnswerAsync(
        HttpContext http, string method, Dictionary<string, string> parameters, string? fileName, byte[]? file, int status, JsonObject body)
    {
        Calls.Enqueue(new TelegramCall(method, parameters, fileName, file, status));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    private static JsonObject Error(int code, string description, int? retryAfter)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return error;
    }
}
