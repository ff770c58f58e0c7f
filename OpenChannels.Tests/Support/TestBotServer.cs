using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Support;

/// <summary>
/// An external service on its own loopback port that receives our signed events — a webhook bot, an API connector's or a
/// channel's webhook — written as their authors would: it checks each event's signature
/// with the secret and refuses stale ones (the replay window), acknowledges an event it already handled without
/// handling it again, and answers as the test scripts it — a status and a body per request, the last one repeating.
/// </summary>
public sealed class TestBotServer : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<(int Status, string Body, KeyValuePair<string, string>? Header)> _script = new();
    private readonly ConcurrentDictionary<string, bool> _handled = new();
    private (int Status, string Body, KeyValuePair<string, string>? Header) _last = (200, string.Empty, null);

    private TestBotServer(WebApplication server, TimeProvider clock)
    {
        _server = server;
        _clock = clock;
    }

    public Uri Url { get; private set; } = default!;

    /// <summary>The bot's signing secret, known once the bot is added.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>Every request, in arrival order, with what the server answered.</summary>
    public ConcurrentQueue<BotRequest> Received { get; } = new();

    /// <summary>The events handled (signed, fresh, first time, answered 2xx): their bodies, in order.</summary>
    public IEnumerable<BotRequest> Handled => Received.Where(r => r.Handled);

    public static async Task<TestBotServer> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new TestBotServer(app, clock);
        app.MapPost("/events", bot.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.Url = new Uri(new Uri(address), "/events");
        return bot;
    }

    /// <summary>The next answers, in order; the last one repeats.</summary>
    public void Answer(params (int Status, string Body)[] answers)
    {
        foreach (var (status, body) in answers)
        {
            _script.Enqueue((status, body, null));
        }
    }

    /// <summary>The next answer carries this header (a 429's Retry-After); it repeats like any last answer.</summary>
    public void AnswerWithHeader(int status, string header, string value) => _script.Enqueue((status, "{}", new(header, value)));

    /// <summary>Sends a request the app sent once more, as an attacker who recorded it would.</summary>
    public async Task<HttpResponseMessage> ReplayAsync(BotRequest request)
    {
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(request.Body, System.Text.Encoding.UTF8, "application/json") };
        message.Headers.Add(WebhookSignature.Header, request.Signature);
        message.Headers.Add(WebhookSignature.EventIdHeader, request.EventId + "-replayed");
        return await http.SendAsync(message);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var signature = http.Request.Headers[WebhookSignature.Header].ToString();
        var eventId = http.Request.Headers[WebhookSignature.EventIdHeader].ToString();
        if (!WebhookSignature.Verify(Secret, signature, body, _clock.GetUtcNow()))
        {
            Received.Enqueue(new BotRequest(eventId, signature, body, 401, Handled: false));
            http.Response.StatusCode = 401;
            return;
        }

        if (_handled.ContainsKey(eventId))
        {
            // Already handled: acknowledged, not handled twice.
            Received.Enqueue(new BotRequest(eventId, signature, body, 200, Handled: false));
            return;
        }

        if (_script.TryDequeue(out var next))
        {
            _last = next;
        }

        var (status, reply, header) = _last;
        if (header is { } extra)
        {
            http.Response.Headers[extra.Key] = extra.Value;
        }

        var handled = status is >= 200 and < 300;
        if (handled)
        {
            _handled[eventId] = true;
        }

        Received.Enqueue(new BotRequest(eventId, signature, body, status, handled));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(reply);
    }
}
