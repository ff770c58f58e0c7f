using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Outbound;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Api;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Connectors;

/// <summary>
/// CH-1's outbox against a real receiver on loopback: events are written with the change, sent in each conversation's
/// order, retried with growing pauses (or as a 429 asks) for up to 24 hours, resumed after a restart without doubles,
/// and replayed from the log with the same id.
/// </summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private TestApp _app = new();
    private Scenario _scenario = default!;
    private TestBotServer _receiver = default!;
    private ApiInboxCaller _api = default!;

    private OutboundDispatcher Dispatcher => _app.Get<OutboundDispatcher>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website", "Bea");
        _receiver = await TestBotServer.StartAsync(_app.Clock);
        _api = await ApiInboxCaller.CreateAsync(_app, _scenario.ChannelId, _receiver.Url.ToString());
        _receiver.Secret = _api.Connector.SigningSecret!;
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _app.Dispose();
    }

    [Fact]
    public async Task AFailingReceiver_HoldsTheConversationsLaterEvents_UntilTheFirstGoesThrough_InOrder()
    {
        var conversation = await ConversationAsync();
        _receiver.Answer((500, "{}"), (200, "{}"));
        await ReplyAsync(conversation, "One");
        await ReplyAsync(conversation, "Two");

        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);
        _receiver.Received.Count.ShouldBe(1, "the second waits for the first");
        var health = (await _app.Get<ConnectorService>().ConnectorsAsync(_scenario.ChannelId)).Single(c => c.Id == _api.Connector.ConnectorId);
        health.IsFailing.ShouldBeTrue();
        health.LastError!.ShouldContain("500");
        health.Pending.ShouldBeGreaterThanOrEqualTo(2);

        _app.Clock.Advance(RetrySchedule.First * 1.3);
        (await Dispatcher.DeliverDueAsync()).ShouldBe(health.Pending);

        Texts(_receiver.Handled).ShouldBe(["One", "Two"]);
        health = (await _app.Get<ConnectorService>().ConnectorsAsync(_scenario.ChannelId)).Single(c => c.Id == _api.Connector.ConnectorId);
        (health.IsFailing, health.Pending).ShouldBe((false, 0));
    }

    [Fact]
    public async Task ATooManyRequestsAnswer_WaitsAsLongAsTheReceiverAsks()
    {
        var conversation = await ConversationAsync();
        _receiver.AnswerWithHeader(429, "Retry-After", "120");
        await ReplyAsync(conversation, "One");

        await Dispatcher.DeliverDueAsync();
        _receiver.Answer((200, "{}"));
        _app.Clock.Advance(TimeSpan.FromSeconds(100));
        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);
        _app.Clock.Advance(TimeSpan.FromSeconds(25));
        (await Dispatcher.DeliverDueAsync()).ShouldBeGreaterThan(0);
        Texts(_receiver.Handled).ShouldBe(["One"]);
    }

    [Fact]
    public async Task AnEventNeverAccepted_IsGivenUpAfter24Hours_AndSentAgainFromTheLog_WithTheSameId()
    {
        var conversation = await ConversationAsync();
        _receiver.Answer((503, "{}"));
        await ReplyAsync(conversation, "One");

        for (var hour = 0; hour < 26; hour++)
        {
            await Dispatcher.DeliverDueAsync();
            _app.Clock.Advance(TimeSpan.FromHours(1));
        }

        var log = await _app.Get<ChannelWebhookService>().LogAsync(_scenario.ChannelId, OutboundTarget.Connector, _api.Connector.ConnectorId);
        var given = log.Last(r => r.EventType == OutboundPayloads.MessageCreated);
        given.GivenUpAt.ShouldNotBeNull();
        given.Attempts.ShouldBeGreaterThan(10);
        var attempts = _receiver.Received.Count;
        await Dispatcher.DeliverDueAsync();
        _receiver.Received.Count.ShouldBe(attempts, "a given-up event is not tried again by itself");

        _receiver.Answer((200, "{}"));
        (await _app.Get<ChannelWebhookService>().ReplayAsync(_scenario.ChannelId, given.Id)).ShouldSucceed();
        (await Dispatcher.DeliverDueAsync()).ShouldBe(1, "the others stay given up until replayed too");
        _receiver.Handled.ShouldHaveSingleItem().EventId.ShouldBe(given.EventId);
    }

    [Fact]
    public async Task AfterARestart_TheOutboxGoesOn_AndAnEventClaimedByACrashedRunIsSentOnce()
    {
        var conversation = await ConversationAsync();
        await ReplyAsync(conversation, "One");

        // A run claimed the event and the process died before it sent or recorded anything.
        await _app.QueryAsync(async db =>
        {
            foreach (var delivery in await db.OutboundDeliveries.Where(d => d.Target == OutboundTarget.Connector).ToListAsync())
            {
                delivery.Claim(_app.Clock.GetUtcNow());
            }

            return await db.SaveChangesAsync();
        });
        _app = _app.Restart();

        (await Dispatcher.DeliverDueAsync()).ShouldBe(0, "the claim holds for its lease");
        _app.Clock.Advance(OutboundDelivery.Lease + TimeSpan.FromSeconds(1));
        (await Dispatcher.DeliverDueAsync()).ShouldBeGreaterThan(0);
        (await Dispatcher.DeliverDueAsync()).ShouldBe(0);
        Texts(_receiver.Handled).ShouldBe(["One"]);
        _receiver.Received.Count.ShouldBe(_receiver.Handled.Count(), "nothing was sent twice");
    }

    [Fact]
    public async Task ARolledBackChange_WritesNoEvent()
    {
        var conversation = await ConversationAsync();
        var before = await _app.QueryAsync(db => db.OutboundDeliveries.CountAsync());

        (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, string.Empty, asNote: false)).Succeeded.ShouldBeFalse();

        (await _app.QueryAsync(db => db.OutboundDeliveries.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task AChannelWebhook_HearsOfTheLiveChatsConversationsToo_SignedWithItsOwnSecret()
    {
        await using var integration = await TestBotServer.StartAsync(_app.Clock);
        var secret = (await _app.Get<ChannelWebhookService>().AddAsync(
            _scenario.ChannelId,
            new ChannelWebhookForm { Name = "Warehouse", Url = integration.Url.ToString(), Events = WebhookEvents.All })).ShouldSucceed();
        integration.Secret = secret;
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello from the website");
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, "A note", asNote: true)).ShouldSucceed();
        (await _app.Get<MessengerService>().CloseAsync(_scenario.Admin, conversation)).ShouldSucceed();

        await Dispatcher.DeliverDueAsync();

        var events = integration.Handled.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        events.First().GetProperty("type").GetString().ShouldBe("conversation.created");
        events.Last().GetProperty("type").GetString().ShouldBe("conversation.closed");
        events.Where(e => e.GetProperty("type").GetString() == "message.created").Select(e => e.GetProperty("message").GetProperty("text").GetString())
            .ShouldContain("Hello from the website");
        integration.Received.ShouldAllBe(r => r.Handled);
        integration.Received.ShouldAllBe(r => !r.Body.Contains("A note"));
    }

    private async Task<int> ConversationAsync()
    {
        var response = await _api.SayAsync("crm-42", "m-1", "Where is my order?");
        return (await response.Content.ReadFromJsonAsync<InboxReceipt>())!.ConversationId;
    }

    private async Task ReplyAsync(int conversationId, string text) =>
        (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversationId, text, asNote: false)).ShouldSucceed();

    private static List<string?> Texts(IEnumerable<BotRequest> requests) => requests
        .Select(r => JsonDocument.Parse(r.Body).RootElement)
        .Where(e => e.GetProperty("type").GetString() == OutboundPayloads.MessageCreated && e.GetProperty("message").GetProperty("kind").GetString() == "agent")
        .Select(e => e.GetProperty("message").GetProperty("text").GetString())
        .ToList();
}
