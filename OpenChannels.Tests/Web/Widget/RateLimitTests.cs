using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Widget;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AClientOverItsLimit_Gets429WithAProblem_WhileOthersGoOn()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:Burst"] = "5", ["Widget:RequestsPerMinute"] = "6" });
        var scenario = await Scenario.CreateAsync(app);
        var noisy = await VisitorAsync(app, scenario.Key);
        var quiet = await VisitorAsync(app, scenario.Key);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await noisy.GetAsync($"/api/widget/{scenario.Key}/messages")).StatusCode);
        }

        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests]);
        var refused = await noisy.GetAsync($"/api/widget/{scenario.Key}/messages");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(429);

        // Another visitor has their own allowance: the noisy one does not use it up.
        (await quiet.GetAsync($"/api/widget/{scenario.Key}/messages")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ALimitedClient_GetsRequestsBack_AsTheAppsClockMovesOn()
    {
        // 6 a minute: one request back every 10 seconds.
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:Burst"] = "2", ["Widget:RequestsPerMinute"] = "6" });
        var scenario = await Scenario.CreateAsync(app);
        var visitor = await VisitorAsync(app, scenario.Key);
        var messages = $"/api/widget/{scenario.Key}/messages";
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        app.Clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        app.Clock.Advance(TimeSpan.FromMilliseconds(1));
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(messages)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the bucket holds no more than the burst");
    }

    [Fact]
    public async Task ASessionFlood_WithMadeUpTokens_Gets429PerAddress_WhileAVisitorThereGoesOn()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:SessionBurst"] = "3", ["Widget:SessionsPerHour"] = "6" });
        var scenario = await Scenario.CreateAsync(app);
        var visitor = await WidgetVisitor.StartAsync(app, scenario.Key);
        var flood = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/{scenario.Key}/sessions") { Content = JsonContent.Create(new { }) };
            request.Headers.Add("X-Client-Token", Guid.NewGuid().ToString("N"));
            statuses.Add((await flood.SendAsync(request)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 8)]);
        var refused = await flood.PostAsJsonAsync($"/api/widget/{scenario.Key}/sessions", new { });
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromMinutes(10), "6 an hour: one back every 10 minutes");
        var problem = await WidgetVisitor.ProblemAsync(refused);
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("code").GetString().ShouldBe("too-many-requests");
        (await app.QueryAsync(db => Task.FromResult(db.Clients.Count()))).ShouldBe(3);

        // The visitor's token checked out: their requests count against their own allowance, not the address's.
        (await visitor.SendAsync(Guid.NewGuid().ToString(), "Still here")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await visitor.Http.GetAsync($"{visitor.Base}/messages")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another address starts its own sessions; the flooded one gets one back as the clock moves on.
        var other = app.CreateClient();
        other.DefaultRequestHeaders.Add(TestPeerAddress.Header, "198.51.100.20");
        (await other.PostAsJsonAsync($"/api/widget/{scenario.Key}/sessions", new { })).StatusCode.ShouldBe(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        (await flood.PostAsJsonAsync($"/api/widget/{scenario.Key}/sessions", new { })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task MessagesWithMadeUpTokens_CountAgainstTheAddress_AndGet429()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:Burst"] = "5", ["Widget:RequestsPerMinute"] = "6" });
        var scenario = await Scenario.CreateAsync(app);
        var visitor = await WidgetVisitor.StartAsync(app, scenario.Key);
        var flood = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/{scenario.Key}/messages")
            {
                Content = JsonContent.Create(new { id = Guid.NewGuid().ToString(), text = "spam" }),
            };
            request.Headers.Add("X-Client-Token", Guid.NewGuid().ToString("N"));
            statuses.Add((await flood.SendAsync(request)).StatusCode);
        }

        // The visitor's session took one of the address's five.
        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)]);
        (await visitor.SendAsync(Guid.NewGuid().ToString(), "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task TheForwardedAddress_CountsOnlyFromAListedProxy()
    {
        using var app = new TestApp(settings: new Dictionary<string, string>
        {
            ["Widget:SessionBurst"] = "1",
            ["Widget:SessionsPerHour"] = "1",
            ["Network:KnownProxies:0"] = "10.0.0.7",
        });
        var scenario = await Scenario.CreateAsync(app);

        Task<HttpResponseMessage> StartAsync(string peer, string forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/{scenario.Key}/sessions") { Content = JsonContent.Create(new { }) };
            request.Headers.Add(TestPeerAddress.Header, peer);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return app.CreateClient().SendAsync(request);
        }

        // Through the listed proxy, two visitors are two addresses.
        (await StartAsync("10.0.0.7", "203.0.113.1")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StartAsync("10.0.0.7", "203.0.113.2")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StartAsync("10.0.0.7", "203.0.113.2")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // From anywhere else the header is ignored: a made-up one does not buy a new allowance.
        (await StartAsync("10.0.0.8", "203.0.113.3")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StartAsync("10.0.0.8", "203.0.113.4")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static async Task<HttpClient> VisitorAsync(TestApp app, string key)
    {
        var session = await app.CreateClient().PostAsJsonAsync($"/api/widget/{key}/sessions", new { });
        var token = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Client-Token", token);
        return client;
    }
}
