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

    private static async Task<HttpClient> VisitorAsync(TestApp app, string key)
    {
        var session = await app.CreateClient().PostAsJsonAsync($"/api/widget/{key}/sessions", new { });
        var token = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Client-Token", token);
        return client;
    }
}
