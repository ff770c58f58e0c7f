using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>CH-1 as an administrator does it: an API inbox, its secrets shown once, "send a test" and its health, a webhook.</summary>
public sealed class ConnectorFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Administrator_AddsAnApiInbox_CopiesItsSecrets_SendsATest_SeesTheHealth_AndAddsAWebhook()
    {
        var channelId = (await App.Get<OpenChannelService>().CreateAsync("Shop")).Value;
        await using var receiver = await TestBotServer.StartAsync(App.Clock);
        await SignInAsync(Page);
        await Page.GotoAsync($"/open-channels/{channelId}");
        await Page.WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connector" }).ClickAsync();
        await Page.GetByTestId("add-api").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Webhook address", "not an address");
        await dialog.GetByTestId("api-save").ClickAsync();
        await Expect(dialog).ToContainTextAsync("is not a web address");
        await dialog.FillFieldAsync("Webhook address", receiver.Url.ToString());
        await dialog.GetByTestId("api-save").ClickAsync();

        var secrets = Page.GetByRole(AriaRole.Dialog);
        await Expect(secrets).ToContainTextAsync("not shown again");
        var signing = await secrets.GetByLabel("Signing secret").InputValueAsync();
        signing.ShouldStartWith("whsec_");
        (await secrets.GetByLabel("Token", new() { Exact = true }).InputValueAsync()).ShouldStartWith("ocapi_");
        await Page.ScreenshotToArtifactsAsync("connector-api-secrets");
        await secrets.GetByTestId("secrets-done").ClickAsync();
        receiver.Secret = signing;

        var card = Page.Locator("[data-connector]");
        await Page.ShouldPassAxeAsync("the connectors tab");
        await Expect(card.GetByTestId("api-inbox-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^POST http://127\\.0\\.0\\.1:\\d+/api/inbox/[0-9a-f]{24}/messages$"));
        await card.GetByTestId("connector-test").ClickAsync();
        await Expect(Page.GetByText("The test went through.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("connector-health")).ToContainTextAsync("Working");
        receiver.Handled.ShouldHaveSingleItem();

        await Page.GetByTestId("add-webhook").ClickAsync();
        var hook = Page.GetByRole(AriaRole.Dialog);
        await hook.FillFieldAsync("Name", "Warehouse");
        await hook.FillFieldAsync("Address", "https://warehouse.example.test/hooks");
        await hook.GetByTestId("webhook-save").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog).GetByLabel("Signing secret")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        await Page.GetByTestId("secrets-done").ClickAsync();
        await Expect(Page.Locator("[data-webhook]")).ToContainTextAsync("Warehouse");
        await Page.ScreenshotToArtifactsAsync("connector-api-and-webhook");
    }
}
