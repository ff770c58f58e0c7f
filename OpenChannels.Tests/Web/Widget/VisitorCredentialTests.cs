using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>
/// H4: a visitor's token never travels in a URL. Files, photos and the event stream open with short-lived signed
/// links that name one item; a token idle for longer than the setting is refused and the widget starts afresh.
/// </summary>
public sealed class VisitorCredentialTests : IDisposable
{
    private readonly TestApp _app = new(settings: new Dictionary<string, string> { ["Widget:VisitorIdleDays"] = "10" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AFileLink_CarriesNoToken_AndOpensThatFileAlone_WithNoOtherCredential()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        var first = await StoredFileAsync(visitor, "f-1");
        var second = await StoredFileAsync(visitor, "f-2");

        var link = first.File!.Url;
        link.ShouldNotContain(visitor.Token);
        link.ShouldNotContain("token");
        var stranger = _app.AnonymousClient();
        (await stranger.GetByteArrayAsync(link)).ShouldBe(TestImages.Png);

        // The same signature on another file, or on a photo, opens nothing.
        var signature = link[link.IndexOf("?link=", StringComparison.Ordinal)..];
        (await stranger.GetAsync($"/api/widget/{scenario.Key}/files/{second.Id}{signature}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await stranger.GetAsync($"/api/widget/{scenario.Key}/channel-photo{signature}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var forged = await stranger.GetAsync($"/api/widget/{scenario.Key}/files/{first.Id}?link=bm90LWEtbGluaw");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WidgetVisitor.ProblemAsync(forged)).GetProperty("code").GetString().ShouldBe("link-expired");
    }

    [Fact]
    public async Task AFileLink_ExpiresAfterAnHour_OnTheAppsClock()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        var link = (await StoredFileAsync(visitor, "f-1")).File!.Url;
        var stranger = _app.AnonymousClient();

        _app.Clock.Advance(WidgetLinks.ItemLifetime - TimeSpan.FromSeconds(1));
        (await stranger.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        (await stranger.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The visitor's widget asks again and gets a fresh link.
        var fresh = (await visitor.HistoryAsync()).Single(m => m.File is not null).File!.Url;
        (await stranger.GetAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheTokenInAQueryString_OpensNothing()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        var file = await StoredFileAsync(visitor, "f-1");
        var stranger = _app.AnonymousClient();
        var token = Uri.EscapeDataString(visitor.Token);

        (await stranger.GetAsync($"{visitor.Base}/messages?token={token}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await stranger.GetAsync($"{visitor.Base}/files/{file.Id}?token={token}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await stranger.PostAsJsonAsync($"{visitor.Base}/messages?token={token}", new { id = "x", text = "As the visitor" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var stream = await stranger.GetAsync($"{visitor.Base}/events?token={token}", HttpCompletionOption.ResponseHeadersRead);
        stream.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AStreamLink_OpensTheEventStream_ForFiveMinutes()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);

        var answer = await visitor.Http.PostAsJsonAsync($"{visitor.Base}/stream-link", new { });
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var url = body.GetProperty("url").GetString()!;
        url.ShouldStartWith($"{visitor.Base}/events?link=");
        url.ShouldNotContain(visitor.Token);
        body.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(_app.Clock.GetUtcNow() + WidgetLinks.StreamLifetime, TimeSpan.FromSeconds(1));

        using (var stream = await _app.AnonymousClient().GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
        {
            stream.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            (await reader.ReadLineAsync(timeout.Token)).ShouldBe(": connected");
        }

        _app.Clock.Advance(WidgetLinks.StreamLifetime);
        using var late = await _app.AnonymousClient().GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        late.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Without a token there is no link to be had.
        (await _app.AnonymousClient().PostAsJsonAsync($"{visitor.Base}/stream-link", new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AVisitorIdleLongerThanTheSetting_IsUnknown_AndANewSessionWorks()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        await visitor.SayAsync("Hello");

        _app.Clock.Advance(TimeSpan.FromDays(10));
        (await visitor.Http.GetAsync($"{visitor.Base}/messages")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Reading counts as a visit only once a day; ten days after the last one the token is gone.
        _app.Clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        var refused = await visitor.Http.GetAsync($"{visitor.Base}/messages");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("unknown-client");

        var again = await WidgetVisitor.StartAsync(_app, scenario.Key);
        (await again.SayAsync("Back again")).Text.ShouldBe("Back again");
    }

    [Fact]
    public async Task AVisitorWhoOnlyReads_KeepsTheirSession()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        await visitor.SayAsync("Hello");

        for (var week = 0; week < 4; week++)
        {
            _app.Clock.Advance(TimeSpan.FromDays(7));
            (await visitor.Http.GetAsync($"{visitor.Base}/messages")).StatusCode.ShouldBe(HttpStatusCode.OK, $"week {week + 1}");
        }
    }

    [Fact]
    public async Task AReplacedKey_StopsTheOldSnippet_AndEveryLinkMadeUnderIt()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        var link = (await StoredFileAsync(visitor, "f-1")).File!.Url;
        var connectors = _app.Get<ConnectorService>();
        var connectorId = (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().Id;

        var replaced = await connectors.ReplaceKeyAsync(connectorId, actingUserId: null);

        replaced.Succeeded.ShouldBeTrue();
        replaced.Value.ShouldNotBe(scenario.Key);
        (await _app.AnonymousClient().GetAsync($"/api/widget/{scenario.Key}/config")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.Http.GetAsync($"{visitor.Base}/messages")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.AnonymousClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The new snippet works, and the conversation is kept.
        var fresh = await WidgetVisitor.StartAsync(_app, replaced.Value);
        await fresh.SayAsync("Hello through the new snippet");
        (await _app.QueryAsync(db => Task.FromResult(db.Conversations.Count()))).ShouldBe(2);
    }

    [Fact]
    public async Task ARestrictedConnector_RefusesOtherWebsites_AndServesItsOwn()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var visitor = await WidgetVisitor.StartAsync(_app, scenario.Key);
        var connectors = _app.Get<ConnectorService>();
        var connectorId = (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().Id;

        (await connectors.RestrictOriginsAsync(connectorId, "https://shop.example\nhttps://*.example.org/", actingUserId: null)).Succeeded.ShouldBeTrue();
        (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().Websites.ShouldBe(["https://shop.example", "https://*.example.org"]);

        foreach (var allowed in new[] { "https://shop.example", "https://help.example.org", null })
        {
            (await FromAsync(allowed, HttpMethod.Get, $"/api/widget/{scenario.Key}/config")).StatusCode.ShouldBe(HttpStatusCode.OK, allowed);
            (await FromAsync(allowed, HttpMethod.Get, $"{visitor.Base}/messages", visitor.Token)).StatusCode.ShouldBe(HttpStatusCode.OK, allowed);
        }

        foreach (var other in new[] { "https://evil.example", "http://shop.example", "https://example.org", "null" })
        {
            var config = await FromAsync(other, HttpMethod.Get, $"/api/widget/{scenario.Key}/config");
            config.StatusCode.ShouldBe(HttpStatusCode.Forbidden, other);
            (await WidgetVisitor.ProblemAsync(config)).GetProperty("code").GetString().ShouldBe("origin-not-allowed");
            (await FromAsync(other, HttpMethod.Post, $"/api/widget/{scenario.Key}/sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, other);
            (await FromAsync(other, HttpMethod.Get, $"{visitor.Base}/messages", visitor.Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, other);
        }

        // Emptied, the list lets every website in again.
        (await connectors.RestrictOriginsAsync(connectorId, " ", actingUserId: null)).Succeeded.ShouldBeTrue();
        (await FromAsync("https://evil.example", HttpMethod.Get, $"/api/widget/{scenario.Key}/config")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AWebsiteThatIsNotAnOrigin_IsRefusedWithItsName_AndNothingChanges()
    {
        var scenario = await Scenario.CreateAsync(_app);
        var connectors = _app.Get<ConnectorService>();
        var connectorId = (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().Id;

        var saved = await connectors.RestrictOriginsAsync(connectorId, "https://shop.example\nhttps://shop.example/checkout", actingUserId: null);

        saved.Succeeded.ShouldBeFalse();
        var invalid = saved.Error.ShouldBeOfType<OpenChannels.Domain.Common.InvalidInput>();
        invalid.Field.ShouldBe("Allowed websites");
        invalid.Arguments.ShouldContain("https://shop.example/checkout");
        (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().Websites.ShouldBeEmpty();
    }

    private async Task<HttpResponseMessage> FromAsync(string? origin, HttpMethod method, string path, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (token is not null)
        {
            request.Headers.Add(WidgetEndpoints.TokenHeader, token);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { });
        }

        return await _app.AnonymousClient().SendAsync(request);
    }

    private static async Task<WidgetMessage> StoredFileAsync(WidgetVisitor visitor, string id)
    {
        var response = await visitor.UploadAsync(TestImages.Png, id: id);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WidgetMessage>())!;
    }
}
