using System.Collections.Concurrent;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// H4 in the browser: an administrator lists the websites a live chat may run on, and replaces its key. The widget
/// runs on a listed website (its requests carry that origin), shows nothing on another, and the old snippet stops.
/// The customer's website is a second server; under <c>localhost</c> it is listed, under <c>127.0.0.1</c> it is not.
/// </summary>
public sealed class ConnectorSecurityFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task TheWidget_RunsOnlyOnListedWebsites_AndAReplacedKeyStopsTheOldSnippet()
    {
        var scenario = await Scenario.CreateAsync(App);
        await using var website = await CustomerWebsite.StartAsync(App.ServerAddress);
        var allowed = website.Origin("localhost");
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Connectors");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Websites" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByLabel("Allowed websites").FillAsync($"{allowed}/\nhttps://*.example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var websites = Page.GetByTestId("connector-websites");
        await Expect(websites).ToContainTextAsync("Runs only on:");
        await Expect(websites).ToContainTextAsync(allowed);
        await Expect(websites).ToContainTextAsync("https://*.example.org");
        await Page.ScreenshotToArtifactsAsync("connector-websites");

        await using var visitors = await NewContextAsync();
        var shop = await CustomerPageAsync(visitors, website.Page("localhost", scenario.Key));
        await shop.Page.Locator("[data-oc=launcher]").ClickAsync();
        await shop.Page.Locator("[data-oc=input]").FillAsync("Hello from the shop");
        await shop.Page.Locator("[data-oc=send]").ClickAsync();
        await Expect(shop.Page.Locator("[data-oc=message][data-kind=client]").Last).ToContainTextAsync("Hello from the shop");
        await Expect(shop.Page.Locator("[data-oc=message][data-kind=client]").Last).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("oc-local"));

        var copycat = await CustomerPageAsync(visitors, website.Page("127.0.0.1", scenario.Key));
        await Eventually.ReachAsync(() => Task.FromResult(copycat.Console.Any(m => m.Contains("allowed websites", StringComparison.Ordinal))), said => said, "the widget says why it does not run");
        (await copycat.Page.Locator("[data-oc=launcher]").CountAsync()).ShouldBe(0);

        // A new key: the snippet on the page stops working; the channel page shows the new one.
        await Page.GetByRole(AriaRole.Button, new() { Name = "More actions for Website chat" }).ClickAsync();
        await Page.GetByText("Replace key", new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Replace key" }).ClickAsync();
        await Expect(Page.GetByText("New key made. Paste the new snippet into your website.")).ToBeVisibleAsync();
        var snippet = await Page.Locator(".oc-snippet input").InputValueAsync();
        snippet.ShouldNotContain(scenario.Key);

        var stale = await CustomerPageAsync(visitors, website.Page("localhost", scenario.Key));
        await Eventually.ReachAsync(() => Task.FromResult(stale.Console.Any(m => m.Contains("unknown widget key", StringComparison.Ordinal))), said => said, "the old snippet says its key is unknown");
        (await stale.Page.Locator("[data-oc=launcher]").CountAsync()).ShouldBe(0);
    }

    /// <summary>A customer's page that embeds the snippet, with what its console says.</summary>
    private static async Task<(IPage Page, ConcurrentQueue<string> Console)> CustomerPageAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue(message.Text);
        await page.GotoAsync(url);
        return (page, console);
    }
}
