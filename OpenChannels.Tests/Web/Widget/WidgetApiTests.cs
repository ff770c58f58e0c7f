using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

public sealed class WidgetApiTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;

    public async Task InitializeAsync() => _scenario = await Scenario.CreateAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SameMessageId_FourTimes_StoresOneMessage_CreatedThenOk()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await visitor.SendAsync("retry-1", "Hello")).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK]);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client))).ShouldBe(1);
        (await visitor.HistoryAsync()).Where(m => m.Kind == "client").ShouldHaveSingleItem().ClientMessageId.ShouldBe("retry-1");
    }

    [Fact]
    public async Task SameMessageId_SentConcurrently_StoresOnce_AndPushesOnce()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        var clientId = await _app.QueryAsync(db => db.Clients.Select(c => c.Id).SingleAsync());
        var (clientEvents, clientSubscription) = _app.Get<ClientFeed>().Subscribe(clientId);
        var agentEvents = new List<ConversationEvent>();
        using var agentSubscription = _app.Get<AgentFeed>().Subscribe(e =>
        {
            lock (agentEvents)
            {
                agentEvents.Add(e);
            }

            return Task.CompletedTask;
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => visitor.SendAsync("double-click", "Hello"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(11);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client))).ShouldBe(1);
        (await _app.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1);
        clientSubscription.Dispose();
        var pushed = new List<ClientEvent>();
        await foreach (var e in clientEvents.ReadAllAsync())
        {
            pushed.Add(e);
        }

        // The client's own message, and (nobody is online in this test) the "no agent can answer" text, once.
        pushed.Count(e => e.Name == "message").ShouldBe(2);
        lock (agentEvents)
        {
            agentEvents.Count(e => e.Kind is ConversationEventKind.Created or ConversationEventKind.MessageAdded).ShouldBe(1);
        }
    }

    [Fact]
    public async Task DifferentMessagesAtOnce_FromOneNewClient_GoIntoOneConversation()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => visitor.SendAsync($"m{i}", $"Message {i}"))));

        (await _app.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client))).ShouldBe(10);
        (await _app.QueryAsync(db => db.Conversations.Select(c => c.UnreadByAgents).SingleAsync())).ShouldBe(10);
    }

    [Theory]
    [InlineData("""{"id":"a","text":""}""", "Text is required.")]
    [InlineData("""{"id":"a","text":"   "}""", "Text is required.")]
    [InlineData("""{"text":"hello"}""", "Give each message a unique id, so that a retry is stored once.")]
    [InlineData("""not json""", "The body must be JSON like {\"id\": \"<a unique id>\", \"text\": \"Hello\"}.")]
    [InlineData("""{"id":"a","text":5}""", "The body must be JSON like {\"id\": \"<a unique id>\", \"text\": \"Hello\"}.")]
    public async Task BadMessage_GetsAProblemDocument_AndStoresNothing(string body, string detail)
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        var response = await visitor.Http.PostAsync($"{visitor.Base}/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await Problem(response)).GetProperty("detail").GetString().ShouldBe(detail);
        (await _app.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
        (await _app.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task TooLongMessage_IsRefusedWithTheLimit()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        var response = await visitor.SendAsync("long", new string('x', 4001));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("detail").GetString().ShouldBe("Text must be at most 4000 characters.");
    }

    [Fact]
    public async Task UnknownConnector_Is404_AndUnknownSession_Is401()
    {
        var anonymous = _app.CreateClient();
        var unknown = await anonymous.PostAsJsonAsync("/api/widget/no-such-key/sessions", new { });
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem(unknown)).GetProperty("title").GetString().ShouldBe("Not found.");

        anonymous.DefaultRequestHeaders.Add("X-Client-Token", "made-up");
        var stranger = await anonymous.PostAsJsonAsync($"/api/widget/{_scenario.Key}/messages", new { id = "x", text = "hi" });
        stranger.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RemovedConnector_AnswersAsUnknown_AndKeepsItsConversations()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Before the removal");
        var connectorId = (await _app.Get<ConnectorService>().ConnectorsAsync(_scenario.ChannelId)).Single().Id;

        await _app.Get<ConnectorService>().DetachAsync(connectorId);

        (await visitor.SendAsync("after", "After")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client))).ShouldBe(1);
    }

    [Fact]
    public async Task InactiveChannel_StoresMessages_ButShowsThemToAgentsOnlyOnceActive()
    {
        await _app.Get<OpenChannelService>().SetActiveAsync(_scenario.ChannelId, active: false);
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        (await visitor.SendAsync("m1", "Anyone?")).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await _app.Get<ConversationQueries>().ListAsync(_scenario.Admin)).ShouldBeEmpty();
        await _app.Get<OpenChannelService>().SetActiveAsync(_scenario.ChannelId, active: true);
        (await _app.Get<ConversationQueries>().ListAsync(_scenario.Admin)).ShouldHaveSingleItem().Preview.ShouldBe("Anyone?");
    }

    [Fact]
    public async Task InternalNote_NeverReachesTheClient_NotInHistoryNorOnTheStream()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversationId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var clientId = await _app.QueryAsync(db => db.Clients.Select(c => c.Id).SingleAsync());
        var (events, subscription) = _app.Get<ClientFeed>().Subscribe(clientId);
        var messenger = _app.Get<MessengerService>();

        (await messenger.SendAsync(_scenario.Admin, conversationId, "Internal: refund approved", asNote: true)).Succeeded.ShouldBeTrue();
        (await messenger.SendAsync(_scenario.Admin, conversationId, "Your refund is on its way", asNote: false)).Succeeded.ShouldBeTrue();

        var history = await visitor.HistoryAsync();
        history.Where(m => m.Kind != "system").Select(m => m.Text).ShouldBe(["Hello", "Your refund is on its way"]);
        subscription.Dispose();
        var pushed = new List<string>();
        await foreach (var e in events.ReadAllAsync())
        {
            pushed.Add(JsonSerializer.Serialize(e.Payload));
        }

        pushed.ShouldHaveSingleItem().ShouldContain("Your refund is on its way");
        pushed.ShouldAllBe(p => !p.Contains("Internal"));
    }

    [Fact]
    public async Task EventStream_DeliversTheAgentsReply()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversationId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        using var stream = await visitor.Http.GetAsync($"{visitor.Base}/events", HttpCompletionOption.ResponseHeadersRead);
        stream.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        // A missing event fails the test instead of leaving it waiting.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        (await reader.ReadLineAsync(timeout.Token)).ShouldBe(": connected");

        await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversationId, "Hi from Ada", asNote: false);

        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("event:", StringComparison.Ordinal))
        {
        }

        line.ShouldBe("event: message");
        var data = await reader.ReadLineAsync(timeout.Token);
        data.ShouldStartWith("data: ");
        using var json = JsonDocument.Parse(data!["data: ".Length..]);
        json.RootElement.GetProperty("text").GetString().ShouldBe("Hi from Ada");
        json.RootElement.GetProperty("kind").GetString().ShouldBe("agent");
        json.RootElement.GetProperty("author").GetProperty("name").GetString().ShouldBe("Ada");
    }

    [Fact]
    public async Task OversizedFile_IsRefusedFromItsLength_BeforeAnythingIsStored()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{visitor.Base}/files");
        var content = new MultipartFormDataContent { { new StringContent("big-1"), "id" }, { new ByteArrayContent(new byte[11 * 1024 * 1024]), "file", "big.png" } };
        request.Content = content;

        var response = await visitor.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await Problem(response);
        problem.GetProperty("detail").GetString().ShouldBe("The file is larger than 10 MB.");
        problem.GetProperty("code").GetString().ShouldBe("file-too-large");
        Directory.Exists(Path.Combine(_app.DataDirectory, "files")).ShouldBeFalse();
    }

    [Fact]
    public async Task OversizedFile_WithoutALength_IsStoppedWhileStreaming_AndLeavesNoFile()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        var content = new MultipartFormDataContent
        {
            { new StringContent("big-2"), "id" },
            { new StreamContent(new UnknownLengthStream(11 * 1024 * 1024)), "file", "big.png" },
        };
        content.Headers.ContentLength = null;

        var response = await visitor.Http.PostAsync($"{visitor.Base}/files", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await _app.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
        var files = Path.Combine(_app.DataDirectory, "files");
        (Directory.Exists(files) ? Directory.GetFiles(files) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task File_OfAnUnknownKind_IsRefused()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        var content = new MultipartFormDataContent { { new StringContent("exe-1"), "id" }, { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03]), "file", "setup.exe" } };

        var response = await visitor.Http.PostAsync($"{visitor.Base}/files", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("detail").GetString()!.ShouldStartWith("This kind of file cannot be sent.");
    }

    [Fact]
    public async Task File_IsServedToItsClientOnly()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        var png = TestImages.Png;
        var upload = new MultipartFormDataContent { { new StringContent("f-1"), "id" }, { new ByteArrayContent(png), "file", "photo.png" } };
        var stored = await (await visitor.Http.PostAsync($"{visitor.Base}/files", upload)).Content.ReadFromJsonAsync<OpenChannels.Web.Features.Widget.WidgetMessage>();
        var other = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        (await visitor.Http.GetByteArrayAsync(stored!.File!.Url)).ShouldBe(png);
        (await other.Http.GetAsync($"{visitor.Base}/files/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Config_NamesTheChannel_AndCorsAllowsAnyWebsite()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/widget/{_scenario.Key}/config");
        request.Headers.Add("Origin", "https://shop.example");

        var response = await _app.CreateClient().SendAsync(request);

        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Website");
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A body whose length the server cannot know in advance (chunked).</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            if (_position == 0 && n >= 4)
            {
                buffer[offset] = 0x89;
                buffer[offset + 1] = 0x50;
                buffer[offset + 2] = 0x4E;
                buffer[offset + 3] = 0x47;
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
