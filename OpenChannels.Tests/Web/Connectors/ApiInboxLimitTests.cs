using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Api;

namespace OpenChannels.Tests.Web.Connectors;

/// <summary>
/// The API inbox's allowances through the real HTTP stack, on the fake clock: a connector's requests beyond its burst
/// wait for the refill (429 with Retry-After, nothing stored), other connectors go on; guessed tokens from one address are
/// refused before the database is asked, while the right token from elsewhere still works.
/// </summary>
public sealed class ApiInboxLimitTests : IAsyncLifetime
{
    private readonly TestApp _app = new(settings: new Dictionary<string, string>
    {
        ["Connectors:InboxBurst"] = "3",
        ["Connectors:InboxRequestsPerMinute"] = "6",
    });

    private Scenario _scenario = default!;

    public async Task InitializeAsync() => _scenario = await Scenario.CreateAsync(_app, "Website");

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AConnectorBeyondItsBurst_IsAskedToRetryLater_AndStoresNothing_WhileAnotherConnectorGoesOn()
    {
        var api = await ApiInboxCaller.CreateAsync(_app, _scenario.ChannelId);
        var other = await ApiInboxCaller.CreateAsync(_app, _scenario.ChannelId);
        for (var i = 1; i <= 3; i++)
        {
            (await api.SayAsync("crm-42", $"m-{i}", $"Message {i}")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var refused = await api.SayAsync("crm-42", "m-4", "Message 4");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await other.SayAsync("crm-7", "m-1", "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created, "each connector has its own allowance");

        // One request's worth comes back every 10 seconds; the caller's retry with the same id is then stored, once.
        _app.Clock.Advance(TimeSpan.FromSeconds(10));
        (await api.SayAsync("crm-42", "m-4", "Message 4")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client && m.Text == "Message 4"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("Connectors:InboxBurst", "0", "between 1 and 100000")]
    [InlineData("Connectors:InboxRequestsPerMinute", "-5", "between 1 and 1000000")]
    [InlineData("Connectors:TimeoutSeconds", "121", "between 1 and 120")]
    public void ABadSetting_StopsTheStart_NamingIt(string key, string value, string range)
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { [key] = value });

        Should.Throw<InvalidOperationException>(() => app.Services).Message.ShouldContain($"{key} must be {range}; it is {value}.");
    }

    [Fact]
    public async Task GuessedTokens_FromOneAddress_AreRefused_BeforeTheDatabaseIsAsked_AfterTwentyFailures()
    {
        var api = await ApiInboxCaller.CreateAsync(_app, _scenario.ChannelId);
        var body = new { id = "m-1", client = new { id = "x" }, text = "Hi" };
        for (var i = 0; i < ApiInboxRateLimiter.FailureBurst; i++)
        {
            (await api.PostAsync(body, token: $"ocapi_guess{i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var refused = await api.PostAsync(body, token: "ocapi_guess-more");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await api.PostAsync(body)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the address waits, even with the right token");

        _app.Clock.Advance(TimeSpan.FromMinutes(1) / ApiInboxRateLimiter.FailuresPerMinute);
        (await api.PostAsync(body)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
