using System.Net;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>Live streams are capped per visitor and per agent, and a visitor's memory goes with their last stream.</summary>
public sealed class StreamLimitTests() : ScenarioTest
{
    [Fact]
    public async Task AVisitor_GetsTenLiveStreams_TheEleventhIs429_AndClosingThemAllReleasesTheirMemory()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        var open = new List<HttpResponseMessage>();
        for (var i = 0; i < OpenStreams.PerHolder; i++)
        {
            var stream = await visitor.Http.GetAsync($"{visitor.Base}/events", HttpCompletionOption.ResponseHeadersRead);
            stream.StatusCode.ShouldBe(HttpStatusCode.OK);
            open.Add(stream);
        }

        var refused = await visitor.Http.GetAsync($"{visitor.Base}/events", HttpCompletionOption.ResponseHeadersRead);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var other = await WidgetVisitor.StartAsync(App, Scenario.Key);
        using (var theirs = await other.Http.GetAsync($"{other.Base}/events", HttpCompletionOption.ResponseHeadersRead))
        {
            theirs.StatusCode.ShouldBe(HttpStatusCode.OK, "another visitor is not affected");
        }

        open.ForEach(s => s.Dispose());
        await Eventually.ReachAsync(() => Task.FromResult((App.Get<ClientFeed>().ConnectedClients, App.Get<OpenStreams>().Holders)), s => s == (0, 0), "every stream released");
    }

    [Fact]
    public async Task AnAgent_GetsTenEventStreams_TheEleventhIs429()
    {
        var client = await App.ApiClientAsync(TestApp.AdminEmail);
        var open = new List<HttpResponseMessage>();
        for (var i = 0; i < OpenStreams.PerHolder; i++)
        {
            open.Add(await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead));
        }

        var refused = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);

        open.ShouldAllBe(s => s.StatusCode == HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        open.ForEach(s => s.Dispose());
    }
}
