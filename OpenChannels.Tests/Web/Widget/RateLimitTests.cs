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
        var token = (await (await app.CreateClient().PostAsJsonAsync($"/api/widget/{scenario.Key}/sessions", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var noisy = app.CreateClient();
        noisy.DefaultRequestHeaders.Add("X-Client-Token", token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await noisy.GetAsync($"/api/widget/{scenario.Key}/messages")).StatusCode);
        }

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
        var refused = await noisy.GetAsync($"/api/widget/{scenario.Key}/messages");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(429);
    }
}
