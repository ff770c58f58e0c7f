using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Api;

public sealed class AgentApiTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _conversationId;

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website", "Bea");
        await new Scenario(_app).AddAgentAsync("Eve");
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        _conversationId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WithoutAToken_Is401Problem_NotARedirect()
    {
        var response = await _app.AnonymousClient().GetAsync("/api/v1/conversations");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.AnonymousClient().SendAsync(WithToken(HttpMethod.Get, "/api/v1/conversations", "oc_not-a-real-token"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task QueueMember_ListsReadsRepliesAndCloses()
    {
        var client = await ClientForAsync("bea@example.test");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations");
        list.GetArrayLength().ShouldBe(1);
        (await client.PostAsJsonAsync($"/api/v1/conversations/{_conversationId}/messages", new { text = "Hello from the API" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync($"/api/v1/conversations/{_conversationId}/messages", new { text = "Internal", note = true })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{_conversationId}");
        details.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString())
            .ShouldBe(["Hello", OpenChannels.Domain.Channels.DefaultTexts.For(OpenChannels.Domain.Channels.ChannelLanguage.English, OpenChannels.Domain.Channels.DefaultText.NoAgent), "Hello from the API", "Internal"]);
        details.GetProperty("holderName").GetString().ShouldBe("Bea");
        (await client.PostAsync($"/api/v1/conversations/{_conversationId}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task AgentOutsideTheQueue_CannotReadByGuessingIds()
    {
        var eve = await ClientForAsync("eve@example.test");

        (await eve.GetFromJsonAsync<JsonElement>("/api/v1/conversations")).GetArrayLength().ShouldBe(0);
        for (var id = _conversationId - 1; id <= _conversationId + 1; id++)
        {
            var response = await eve.GetAsync($"/api/v1/conversations/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await eve.PostAsync($"/api/v1/conversations/{_conversationId}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AcceptTwice_ByTwoAgents_SecondGets409WithTheName()
    {
        var bea = await ClientForAsync("bea@example.test");
        var ada = await ClientForAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        (await bea.PostAsync($"/api/v1/conversations/{_conversationId}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var second = await ada.PostAsync($"/api/v1/conversations/{_conversationId}/accept", null);

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("Bea has already taken this conversation.");
    }

    [Fact]
    public async Task Transfer_NeedsExactlyOneTarget()
    {
        var bea = await ClientForAsync("bea@example.test");

        var response = await bea.PostAsJsonAsync($"/api/v1/conversations/{_conversationId}/transfer", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RevokedOrDismissed_TokenStopsWorking()
    {
        var userId = await _app.QueryAsync(db => db.Users.Where(u => u.Email == "bea@example.test").Select(u => u.Id).SingleAsync());
        var token = (await _app.Get<ApiTokenService>().CreateAsync(userId, "script")).ShouldSucceed();
        (await _app.AnonymousClient().SendAsync(WithToken(HttpMethod.Get, "/api/v1/conversations", token))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var beaId = await _app.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.EmployeeId).SingleAsync());
        await _app.Get<OpenChannels.Web.Features.Employees.EmployeeService>().DismissAsync(beaId, null);

        (await _app.AnonymousClient().SendAsync(WithToken(HttpMethod.Get, "/api/v1/conversations", token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApis_AndTheBotProtocol()
    {
        var document = await _app.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/conversations/{id}/accept");
        paths.ShouldContain("/api/widget/{key}/messages");
        paths.ShouldContain("/api/bots/v1/conversations/{id}/messages");
        document.GetProperty("tags").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Bot API")
            .GetProperty("description").GetString()!.ShouldContain("OpenChannels-Signature");
    }

    [Fact]
    public async Task EventStream_BringsNewMessages_OnlyOfConversationsTheCallerMaySee()
    {
        var shop = await Scenario.CreateAsync(_app, "Shop");
        var eveId = await _app.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Eve").Select(e => e.Id).SingleAsync());
        (await _app.Get<OpenChannels.Web.Features.Routing.QueueSettingsService>().ReplaceQueueAsync(shop.ChannelId, [eveId])).Succeeded.ShouldBeTrue();
        using var bea = await EventsAsync("bea@example.test");
        using var eve = await EventsAsync("eve@example.test");
        var website = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        var shopper = await WidgetVisitor.StartAsync(_app, shop.Key);

        var sent = await website.SayAsync("Where is my parcel?");
        var shopMessage = await shopper.SayAsync("Do you sell bells?");

        var beaEvent = await bea.NextAsync(e => e.GetProperty("messageId").ValueKind == JsonValueKind.Number && e.GetProperty("messageId").GetInt64() == sent.Id);
        var conversation = await _app.QueryAsync(db => db.Messages.Where(m => m.Id == sent.Id).Select(m => m.ConversationId).SingleAsync());
        (beaEvent.GetProperty("conversationId").GetInt32(), beaEvent.GetProperty("kind").GetString()).ShouldBe((conversation, "Created"));
        var eveEvent = await eve.NextAsync(_ => true);
        eveEvent.GetProperty("messageId").GetInt64().ShouldBe(shopMessage.Id, "the Website conversation is not Eve's to see");
    }

    [Fact]
    public async Task EventStream_Ends_WithinHalfAMinute_OnceItsTokenIsRevoked()
    {
        var userId = await _app.QueryAsync(db => db.Users.Where(u => u.Email == "bea@example.test").Select(u => u.Id).SingleAsync());
        var tokens = _app.Get<ApiTokenService>();
        var token = (await tokens.CreateAsync(userId, "stream")).ShouldSucceed();
        var response = await _app.AnonymousClient().SendAsync(WithToken(HttpMethod.Get, "/api/v1/events", token), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(": connected");

        var id = (await tokens.ListAsync(userId)).Single(t => t.Name == "stream").Id;
        (await tokens.RevokeAsync(userId, id)).ShouldBeTrue();
        _app.Clock.Advance(OpenChannels.Web.Api.AgentEventStream.Recheck);

        // The stream closes: the reader reaches its end instead of waiting for the next event.
        string? line;
        do
        {
            line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        while (line is not null);
    }

    private async Task<EventReader> EventsAsync(string email)
    {
        var client = await ClientForAsync(email);
        var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new EventReader(new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private sealed class EventReader(StreamReader reader) : IDisposable
    {
        /// <summary>The next "conversation" event's data that matches; gives up after 10 s.</summary>
        public async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal) && JsonDocument.Parse(line[6..]).RootElement is var data && wanted(data))
                {
                    return data;
                }
            }

            throw new InvalidOperationException("The stream ended.");
        }

        public void Dispose() => reader.Dispose();
    }

    private async Task<HttpClient> ClientForAsync(string email, string password = "agent-pass-1")
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(email, password)).ShouldSucceed();
        var token = (await _app.Get<ApiTokenService>().CreateAsync(userId, "test")).ShouldSucceed();
        var client = _app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static HttpRequestMessage WithToken(HttpMethod method, string url, string token)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
