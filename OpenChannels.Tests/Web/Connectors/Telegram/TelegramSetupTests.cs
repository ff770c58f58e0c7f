using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Telegram;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>Issue 20, adding a bot: the token is checked (its form, then with Telegram) and kept protected; the bot's @username is learnt.</summary>
public sealed class TelegramSetupTests : TelegramTest
{
    protected override TelegramMode? Mode => null;

    private ConnectorService Connectors => App.Get<ConnectorService>();

    [Fact]
    public async Task ABot_IsAddedWithItsTokenProtected_AndItsUsernameKnown_InPollingModeByDefault()
    {
        var id = (await Connectors.AddTelegramAsync(Scenario.ChannelId, "Shop bot", $"  {FakeTelegramApi.Token} ")).ShouldSucceed();

        var connector = await App.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == id));
        connector.Kind.ShouldBe(ConnectorKind.Telegram);
        connector.ProtectedSecret.ShouldNotBeNull().ShouldNotContain(FakeTelegramApi.Token);
        App.Get<ConnectorCredentials>().Unprotect(connector.ProtectedSecret).ShouldBe(FakeTelegramApi.Token);
        var settings = TelegramSettings.Read(connector.Settings);
        (settings.Mode, settings.BotUsername, settings.Offset).ShouldBe((TelegramMode.Polling, FakeTelegramApi.BotUsername, 0L));
        Api.CallsOf("deleteWebhook").ShouldHaveSingleItem("a webhook left from elsewhere would make polling fail");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("123456789:short")]
    public async Task AMalformedToken_IsRefused_WithoutAskingTelegram(string token)
    {
        (await Connectors.AddTelegramAsync(Scenario.ChannelId, "Shop bot", token)).ShouldFailOn("BotToken");

        Api.Calls.ShouldBeEmpty();
        (await App.QueryAsync(db => db.Connectors.CountAsync(c => c.Kind == ConnectorKind.Telegram))).ShouldBe(0);
    }

    [Fact]
    public async Task ATokenTelegramDoesNotKnow_IsRefused()
    {
        Api.FailNext("getMe", 401, "Unauthorized");

        var refused = (await Connectors.AddTelegramAsync(Scenario.ChannelId, "Shop bot", FakeTelegramApi.Token)).ShouldFail();

        refused.Message.ShouldBe("Telegram does not know this bot token: copy it again from @BotFather.");
        (await App.QueryAsync(db => db.Connectors.CountAsync(c => c.Kind == ConnectorKind.Telegram))).ShouldBe(0);
    }

    [Fact]
    public async Task WebhookMode_WithoutThePublicAddress_IsRefused()
    {
        (await Connectors.AddTelegramAsync(Scenario.ChannelId, "Shop bot", FakeTelegramApi.Token, TelegramMode.Webhook)).ShouldFailOn("Mode");

        Api.CallsOf("setWebhook").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org")]
    [InlineData("Telegram:PublicUrl", "http://chat.example.com")]
    [InlineData("Telegram:PollSeconds", "90")]
    public void ABadSetting_StopsTheStart_WithAMessageNamingIt(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Should.Throw<InvalidOperationException>(() => TelegramApiSettings.From(configuration)).Message.ShouldContain(key);
    }
}
