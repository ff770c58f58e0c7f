using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Outbound;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>
/// Issue 20, the way back: what an agent writes to a Telegram client goes out through the outbox to the client's chat —
/// text as plain text, an image as a photo — and a 429 waits as long as Telegram asks, then goes once.
/// </summary>
public sealed class TelegramSenderTests : TelegramTest
{
    private const string Answer = "Yes, it left today. *Tracking* <b>number</b> 42_1";

    [Fact]
    public async Task AnAgentsAnswer_ReachesSendMessage_WithTheClientsChatId_AsPlainText()
    {
        var conversation = await ClientConversationAsync();

        (await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, Answer, asNote: false)).ShouldSucceed();
        await DeliverAsync();

        var sent = Api.CallsOf("sendMessage").Where(c => c["text"] == Answer).ShouldHaveSingleItem();
        sent["chat_id"].ShouldBe("4242");
        sent.Parameters.ShouldNotContainKey("parse_mode", "agents' text is never interpreted as markup");
        (await PendingAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnInternalNote_NeverReachesTelegram()
    {
        var conversation = await ClientConversationAsync();

        (await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, "Careful, VIP client", asNote: true)).ShouldSucceed();
        await DeliverAsync();

        Api.CallsOf("sendMessage").ShouldNotContain(c => c["text"] == "Careful, VIP client");
    }

    [Fact]
    public async Task AnAgentsImage_GoesBySendPhoto_WithTheTextAsItsCaption()
    {
        var conversation = await ClientConversationAsync();

        (await App.Get<AgentFileService>().SendFileAsync(Scenario.Admin, conversation, "The label to print", new MemoryStream(TestImages.Png), "label.png"))
            .ShouldSucceed();
        await DeliverAsync();

        var photo = Api.CallsOf("sendPhoto").ShouldHaveSingleItem();
        (photo["chat_id"], photo["caption"], photo.FileName).ShouldBe(("4242", "The label to print", "label.png"));
        photo.File.ShouldBe(TestImages.Png);
        Api.CallsOf("sendMessage").ShouldNotContain(c => c["text"] == "The label to print");
    }

    [Fact]
    public async Task AnAgentsDocument_GoesBySendDocument()
    {
        var conversation = await ClientConversationAsync();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        (await App.Get<AgentFileService>().SendFileAsync(Scenario.Admin, conversation, string.Empty, new MemoryStream(pdf), "invoice.pdf")).ShouldSucceed();
        await DeliverAsync();

        var document = Api.CallsOf("sendDocument").ShouldHaveSingleItem();
        (document["chat_id"], document.FileName).ShouldBe(("4242", "invoice.pdf"));
        document.File.ShouldBe(pdf);
        Api.CallsOf("sendPhoto").ShouldBeEmpty();
    }

    [Fact]
    public async Task A429_WaitsAsLongAsTelegramAsks_ThenTheAnswerGoesOnce()
    {
        var conversation = await ClientConversationAsync();
        Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 30", retryAfter: 30);

        (await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, Answer, asNote: false)).ShouldSucceed();
        (await DeliverAsync()).ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromSeconds(29));
        (await DeliverAsync()).ShouldBe(0);
        Api.CallsOf("sendMessage").Count(c => c["text"] == Answer).ShouldBe(1, "not again before Telegram's 30 s");

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await DeliverAsync()).ShouldBe(1);

        Api.CallsOf("sendMessage").Where(c => c["text"] == Answer).Select(c => c.Status).ShouldBe([429, 200]);
        var delivery = await App.QueryAsync(db => db.OutboundDeliveries.OrderBy(d => d.Id).LastAsync());
        (delivery.Attempts, delivery.DeliveredAt is not null).ShouldBe((2, true));
    }

    [Fact]
    public async Task ADisabledBot_KeepsTheClientsMessage_AndAnswersWithItsPausedText()
    {
        (await App.Get<ConnectorService>().DisableAsync(ConnectorId, "We are closed for inventory until Monday.")).ShouldSucceed();

        await ClientConversationAsync();

        (await ClientMessagesAsync()).ShouldHaveSingleItem().Text.ShouldBe("Where is my order?");
        Api.CallsOf("sendMessage").ShouldContain(c => c["text"] == "We are closed for inventory until Monday." && c["chat_id"] == "4242");
    }

    [Fact]
    public async Task SendATest_AsksTelegramWhoTheBotIs()
    {
        var outcome = (await App.Get<ConnectorService>().SendTestAsync(ConnectorId)).ShouldSucceed();

        outcome.Delivered.ShouldBeTrue();
        Api.CallsOf("getMe").Count().ShouldBe(2, "once when the bot was added, once for the test");
    }

    /// <summary>A client writes to the bot; everything sent to them so far (a greeting) is out of the way.</summary>
    private async Task<int> ClientConversationAsync()
    {
        Api.ClientWrites(Chat, "Where is my order?");
        await PollAsync();
        await DeliverAsync();
        return await App.QueryAsync(db => db.Conversations.Where(c => c.ConnectorId == ConnectorId).Select(c => c.Id).SingleAsync());
    }

    private Task<int> PendingAsync() =>
        App.QueryAsync(db => db.OutboundDeliveries.CountAsync(d => d.Target == OutboundTarget.Connector && d.NextAttemptAt != null));
}
