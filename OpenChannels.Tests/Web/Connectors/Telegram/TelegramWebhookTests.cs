using System.Net;
using System.Text;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Telegram;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>
/// Issue 20, webhook mode: adding the bot points Telegram at the app with a secret; an update posted with it is stored
/// once however often Telegram posts it; without it the request is refused.
/// </summary>
public sealed class TelegramWebhookTests : TelegramTest
{
    protected override TelegramMode? Mode => TelegramMode.Webhook;

    protected override string? PublicUrl => "https://chat.example.test";

    [Fact]
    public async Task AddingABotInWebhookMode_SetsTheWebhookToTheApp_WithASecret()
    {
        var set = Api.CallsOf("setWebhook").ShouldHaveSingleItem();
        var key = (await App.Get<OpenChannels.Web.Features.Channels.ConnectorService>().ConnectorsAsync(Scenario.ChannelId)).Single(c => c.Id == ConnectorId).PublicKey;

        set["url"].ShouldBe($"https://chat.example.test/api/telegram/{key}");
        set["secret_token"].ShouldNotBeNullOrWhiteSpace();
        (await SettingsAsync()).WebhookSecretHash.ShouldNotBeNull().ShouldNotContain(set["secret_token"], Case.Sensitive, "only its hash is kept");
    }

    [Fact]
    public async Task AnUpdatePostedWithTheSecret_IsStored_AndOnceWhenPostedTwice()
    {
        var update = Api.ClientWrites(Chat, "Hello from Telegram");

        (await PostAsync(update, Secret())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(update, Secret())).StatusCode.ShouldBe(HttpStatusCode.OK);

        var message = (await ClientMessagesAsync()).ShouldHaveSingleItem();
        message.Text.ShouldBe("Hello from Telegram");
    }

    [Fact]
    public async Task AWrongOrMissingSecret_Is401_AndNothingIsStored()
    {
        var update = Api.ClientWrites(Chat, "Forged");

        (await PostAsync(update, "whsec_not-the-secret")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(update, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await ClientMessagesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ABotInWebhookMode_IsNotPolled()
    {
        Api.ClientWrites(Chat, "Hello");

        (await PollAsync()).ShouldBe(0);

        Api.CallsOf("getUpdates").ShouldBeEmpty();
    }

    private string Secret() => Api.CallsOf("setWebhook").Single()["secret_token"];

    private async Task<HttpResponseMessage> PostAsync(long update, string? secret)
    {
        var url = new Uri(Api.CallsOf("setWebhook").Single()["url"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, url.PathAndQuery)
        {
            Content = new StringContent(Api.UpdateJson(update), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, secret);
        }

        return await App.AnonymousClient().SendAsync(request);
    }
}
