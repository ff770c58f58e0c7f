using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Telegram;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>
/// Issue 20, long polling: a client's update becomes their message in a conversation, stored once however often it comes,
/// and acknowledged to Telegram (the offset moved and saved) only once stored — so a failure or a restart loses nothing.
/// </summary>
public sealed class TelegramPollingTests : TelegramTest
{
    [Fact]
    public async Task AClientsText_ArrivesByPolling_AndOpensAConversation_WithTheirTelegramNameAndUsername()
    {
        Api.ClientWrites(Chat, "Hello, is my order shipped?", "Ada", "Lovelace", "ada_l");

        (await PollAsync()).ShouldBe(1);

        var message = (await ClientMessagesAsync()).ShouldHaveSingleItem();
        message.Text.ShouldBe("Hello, is my order shipped?");
        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == message.ConversationId));
        (conversation.ConnectorId, conversation.OpenChannelId).ShouldBe((ConnectorId, Scenario.ChannelId));
        var client = await App.QueryAsync(db => db.Clients.SingleAsync(c => c.Id == message.ClientId));
        (client.ExternalId, client.Name, client.Handle).ShouldBe(("4242", "Ada Lovelace", "ada_l"));
        message.ClientMessageId.ShouldStartWith("tg-4242-");
    }

    [Fact]
    public async Task AGroupsMessage_IsPassedOver_AndNotAskedForAgain_WhileAPrivateChatOpensItsConversation()
    {
        Api.SomeoneWritesInAGroup(-100_555, 777, "Does anyone know the shop's hours?");
        Api.ClientWrites(Chat, "Hello, is my order shipped?");

        (await PollAsync()).ShouldBe(2);
        (await PollAsync()).ShouldBe(0, "the group's update is acknowledged with the rest");

        (await ClientMessagesAsync()).ShouldHaveSingleItem().Text.ShouldBe("Hello, is my order shipped?");
        (await App.QueryAsync(db => db.Clients.Select(c => c.ExternalId).ToListAsync())).ShouldBe(["4242"], "nobody of the group became a client");
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1, "the group has no conversation, so nothing is ever said in it");
    }

    [Fact]
    public async Task ARedeliveredUpdate_IsStoredOnce()
    {
        Api.ClientWrites(Chat, "Only once, please");
        await PollAsync();

        // As after a crash between storing and saving the offset: Telegram gives the same update again.
        await App.QueryAsync(async db =>
        {
            var connector = await db.Connectors.SingleAsync(c => c.Id == ConnectorId);
            connector.Configure(null, (TelegramSettings.Read(connector.Settings) with { Offset = 0 }).Write());
            return await db.SaveChangesAsync();
        });
        (await PollAsync()).ShouldBe(1, "Telegram sent it again");

        (await ClientMessagesAsync()).Select(m => m.Text).ShouldBe(["Only once, please"]);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task AnUpdate_IsAcknowledgedOnlyOnceStored()
    {
        Api.FilesFail = true;
        var update = Api.ClientSendsPhoto(Chat, TestImages.Png, "My receipt");

        await Should.ThrowAsync<HttpRequestException>(PollAsync);
        (await ClientMessagesAsync()).ShouldBeEmpty();
        (await SettingsAsync()).Offset.ShouldBe(0, "not acknowledged: Telegram keeps it");

        Api.FilesFail = false;
        await PollAsync();
        await PollAsync();

        (await ClientMessagesAsync()).ShouldHaveSingleItem().Text.ShouldBe("My receipt");
        (await SettingsAsync()).Offset.ShouldBe(update + 1);
        Api.AcknowledgedBefore.ShouldBe(update + 1);
    }

    [Fact]
    public async Task AfterARestart_PollingResumesFromTheSavedOffset_WithoutDoublesOrLoss()
    {
        var first = Api.ClientWrites(Chat, "Before the restart");
        await PollAsync();

        App = App.Restart();
        Api.ClientWrites(Chat, "After the restart");
        await PollAsync();

        Api.CallsOf("getUpdates").Last()["offset"].ShouldBe((first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await ClientMessagesAsync()).Select(m => m.Text).ShouldBe(["Before the restart", "After the restart"]);
    }

    [Fact]
    public async Task AClientsPhoto_IsDownloaded_AndKeptAsTheMessagesFile_WithItsCaption()
    {
        Api.ClientSendsPhoto(Chat, TestImages.Png, "Is this the right part?");

        await PollAsync();

        var message = (await ClientMessagesAsync()).ShouldHaveSingleItem();
        message.Text.ShouldBe("Is this the right part?");
        message.Attachment.ShouldNotBeNull().ContentType.ShouldBe("image/png");
        var path = App.Get<OpenChannels.Web.Storage.AttachmentStore>().PathOf(message.Attachment).ShouldNotBeNull();
        (await File.ReadAllBytesAsync(path)).ShouldBe(TestImages.Png);
        Api.CallsOf("getFile").ShouldHaveSingleItem()["file_id"].ShouldNotEndWith("-small", "the largest size is kept");
    }

    [Fact]
    public async Task ADocumentTooLargeToKeep_BecomesATextSayingSo_AndNothingIsDownloaded()
    {
        Api.ClientSendsDocument(Chat, "scan.pdf", TestImages.Png, size: 25L * 1024 * 1024);

        await PollAsync();

        (await ClientMessagesAsync()).ShouldHaveSingleItem().Text
            .ShouldBe("(The client sent the file \"scan.pdf\", which is larger than the 10 MB a message may carry.)");
        Api.CallsOf("download").ShouldBeEmpty();
    }

    [Fact]
    public async Task SwitchingToAWebhookAndBack_TellsTelegram_AndPollingGoesOnFromItsPlace()
    {
        var first = Api.ClientWrites(Chat, "Before the switch");
        await PollAsync();
        var connectors = App.Get<OpenChannels.Web.Features.Channels.ConnectorService>();

        (await connectors.ChangeTelegramAsync(ConnectorId, "Shop bot", null, TelegramMode.Webhook)).ShouldFailOn("Mode");
        Api.CallsOf("setWebhook").ShouldBeEmpty("the app has no public address");
        (await connectors.ChangeTelegramAsync(ConnectorId, "Shop assistant", $" {FakeTelegramApi.Token} ", TelegramMode.Polling)).ShouldSucceed();
        Api.ClientWrites(Chat, "After the switch");
        await PollAsync();

        Api.CallsOf("deleteWebhook").Count().ShouldBe(2, "when added, and when switched to polling");
        Api.CallsOf("getUpdates").Last()["offset"].ShouldBe((first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await ClientMessagesAsync()).Select(m => m.Text).ShouldBe(["Before the switch", "After the switch"]);
        (await App.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == ConnectorId))).Name.ShouldBe("Shop assistant");
    }
}
