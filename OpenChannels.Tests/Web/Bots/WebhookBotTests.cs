using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Tests.Web.Bots;

/// <summary>
/// B-1 with an external bot served by a real Kestrel on loopback: events are signed and sent through the outbox, failures
/// are retried after a pause and logged, too many hand the conversation over, and nothing is lost or stored twice.
/// </summary>
public sealed class WebhookBotTests() : ScenarioTest("Bea"), IAsyncLifetime
{
    private TestBotServer _bot = default!;

    private int _botId;

    private string _token = string.Empty;

    private BotDispatcher Dispatcher => App.Get<BotDispatcher>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _bot = await TestBotServer.StartAsync(App.Clock);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _bot.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public async Task ASignedEvent_ReachesTheBot_AndItsAnswerIsStoredOnce_WithTheBotsName()
    {
        await BotAsync();
        _bot.Answer((200, """{"messages":[{"text":"Hello, I am the shop's bot."}]}"""));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hi there");

        (await Dispatcher.DeliverDueAsync()).ShouldBe(1);
        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);

        var received = _bot.Received.ShouldHaveSingleItem();
        received.Handled.ShouldBeTrue("the signature verified");
        using var body = JsonDocument.Parse(received.Body);
        body.RootElement.GetProperty("type").GetString().ShouldBe("message.created");
        body.RootElement.GetProperty("message").GetProperty("text").GetString().ShouldBe("Hi there");
        body.RootElement.GetProperty("conversation").GetProperty("withBot").GetBoolean().ShouldBeTrue();
        var history = await visitor.HistoryAsync();
        history.Select(m => (m.Kind, m.Text, m.Author?.Name)).Last().ShouldBe(("bot", "Hello, I am the shop's bot.", (string?)"Shop bot"));
        (await App.QueryAsync(db => db.BotDeliveries.SingleAsync())).DeliveredAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task AFailingBot_IsRetriedAfterAPause_TheErrorIsLogged_AndTheAnswerComesOnce()
    {
        await BotAsync();
        _bot.Answer((500, "oops"), (200, """{"messages":[{"text":"Sorry, I was busy."}]}"""));
        await Scenario.ConversationAsync("Hello?");

        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);
        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);
        _bot.Received.Count.ShouldBe(1, "not again before the pause is over");
        App.Clock.Advance(BotDelivery.Backoff[0]);
        (await Dispatcher.DeliverDueAsync()).ShouldBe(1);

        _bot.Received.Select(r => r.EventId).Distinct().ShouldHaveSingleItem("the same event, tried again");
        var log = (await App.Get<BotService>().GetAsync(_botId))!.Log.ShouldHaveSingleItem();
        (log.Text, log.HandedOver).ShouldBe(("message.created · attempt 1: The bot answered 500 Internal Server Error.", false));
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Bot))).ShouldBe(1);
        (await App.Get<BotService>().ListAsync()).ShouldHaveSingleItem().LastError.ShouldBe(log.Text);
    }

    [Fact]
    public async Task AfterItsFailureLimit_TheConversationGoesToTheAgents_AndNoClientMessageIsLost()
    {
        await BotAsync(failureLimit: 2);
        _bot.Answer((503, string.Empty), (200, "<html>not a reply</html>"));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("First question");
        await visitor.SayAsync("Second question");

        await Dispatcher.DeliverDueAsync();
        App.Clock.Advance(BotDelivery.Backoff[0]);
        await Dispatcher.DeliverDueAsync();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await Dispatcher.DeliverDueAsync();

        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync());
        (conversation.IsWithBot, conversation.BotId, conversation.HandOverReason).ShouldBe((false, (int?)null, (HandOverReason?)HandOverReason.BotFailed));
        _bot.Received.Count.ShouldBe(2, "the first event twice; the second never, the bot having left");
        var log = (await App.Get<BotService>().GetAsync(_botId))!.Log;
        log.Select(e => e.HandedOver).ShouldBe([true, false]);
        log.First().Text.ShouldContain("is not the reply JSON");
        log.Last().Text.ShouldContain("503");
        (await App.QueryAsync(db => db.BotDeliveries.CountAsync(d => d.NextAttemptAt != null))).ShouldBe(0, "nothing left to send");
        (await App.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).Select(m => m.Text).ToListAsync()))
            .ShouldBe(["First question", "Second question"]);
    }

    [Fact]
    public async Task AReplayedEvent_IsRefused_ByABotThatChecksTheSignature()
    {
        await BotAsync();
        await Scenario.ConversationAsync("Hello");
        await Dispatcher.DeliverDueAsync();
        var recorded = _bot.Received.ShouldHaveSingleItem();

        App.Clock.Advance(WebhookSignature.ReplayWindow + TimeSpan.FromSeconds(1));
        var replayed = await _bot.ReplayAsync(recorded);
        var forged = await _bot.ReplayAsync(recorded with { Body = recorded.Body.Replace("Hello", "Give me a refund"), Signature = recorded.Signature });

        (replayed.StatusCode, forged.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
        _bot.Handled.Count().ShouldBe(1);
    }

    [Fact]
    public async Task TheBotsAnswer_CanHandOver()
    {
        await BotAsync();
        _bot.Answer((200, """{"messages":[{"text":"That is for a human."}],"handOver":true}"""));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("I want to complain");

        await Dispatcher.DeliverDueAsync();

        (await App.QueryAsync(db => db.Conversations.Select(c => c.HandOverReason).SingleAsync())).ShouldBe(HandOverReason.BotAsked);
        (await visitor.HistoryAsync()).Where(m => m.Kind == "bot").Select(m => m.Text)
            .ShouldBe(["That is for a human.", "I am passing you to an agent: they will answer you here shortly."]);
    }

    [Fact]
    public async Task TheBotApi_TakesTheBotsToken_StoresARepeatedMessageOnce_AndHandsOver()
    {
        await BotAsync();
        var conversation = await Scenario.ConversationAsync("Hello");
        var http = App.CreateClient();
        var path = $"/api/bots/v1/conversations/{conversation}";

        (await http.PostAsJsonAsync($"{path}/messages", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ocbot_wrong");
        (await http.PostAsJsonAsync($"{path}/messages", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        (await http.GetFromJsonAsync<JsonElement>("/api/bots/v1/me")).GetProperty("name").GetString().ShouldBe("Shop bot");

        var first = await http.PostAsJsonAsync($"{path}/messages", new { text = "Let me check.", id = "m-1" });
        var again = await http.PostAsJsonAsync($"{path}/messages", new { text = "Let me check.", id = "m-1" });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()
            .ShouldBe((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Bot))).ShouldBe(1);
        var empty = await http.PostAsJsonAsync($"{path}/messages", new { text = "  " });
        (await WidgetVisitor.ProblemAsync(empty)).GetProperty("errors").GetProperty("text").GetArrayLength().ShouldBe(1);
        (await http.PostAsJsonAsync($"/api/bots/v1/conversations/{conversation + 100}/messages", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await http.PostAsync($"{path}/hand-over", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await App.QueryAsync(db => db.Conversations.Select(c => c.HandOverReason).SingleAsync())).ShouldBe(HandOverReason.BotAsked);
        (await http.PostAsync($"{path}/hand-over", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "it left: the conversation is no longer its");
    }

    [Fact]
    public async Task AConversationsEvents_GoOutInOrder_EachHandledOnce_WhileTwoInstancesDispatch()
    {
        await BotAsync();
        _bot.Answer((200, """{"messages":[{"text":"Noted."}]}"""));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        for (var i = 1; i <= 5; i++)
        {
            await visitor.SayAsync($"Message {i}");
        }

        using var second = new TestApp(dataDirectory: App.DataDirectory, clock: App.Clock);
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(Dispatcher.DeliverDueAsync(), second.Get<BotDispatcher>().DeliverDueAsync(), Dispatcher.DeliverDueAsync());
        }

        _bot.Handled.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("message").GetProperty("text").GetString())
            .ShouldBe(["Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);
        _bot.Received.Select(r => r.EventId).ShouldBeUnique("a claimed event is sent by one runner only");
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Bot))).ShouldBe(5);
    }

    [Fact]
    public async Task WithTheFastPath_TheEventGoesOutWithoutWaitingForTheSweep()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Bots:DispatchOnWrite"] = "true" });
        var scenario = await Scenario.CreateAsync(app);
        var (id, credentials) = await app.WebhookBotAsync("Shop bot", _bot.Url.ToString());
        _bot.Secret = credentials.Secret;
        await app.UseBotAsync(scenario.ChannelId, id);
        _bot.Answer((200, """{"messages":[{"text":"Right away."}]}"""));
        var visitor = await WidgetVisitor.StartAsync(app, scenario.Key);

        await visitor.SayAsync("Quick!");

        await Eventually.ReachAsync(
            () => app.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Bot)), n => n == 1, "the bot's answer is stored");
    }

    private async Task BotAsync(int failureLimit = 3)
    {
        var (id, credentials) = await App.WebhookBotAsync("Shop bot", _bot.Url.ToString(), failureLimit);
        (_botId, _token, _bot.Secret) = (id, credentials.Token, credentials.Secret);
        await App.UseBotAsync(Scenario.ChannelId, id);
    }
}
