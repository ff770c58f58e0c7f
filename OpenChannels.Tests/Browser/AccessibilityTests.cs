using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// WCAG 2.2 AA, as axe checks it: no serious or critical violation on any page, nor in the live chat; and the check
/// itself finds what it should.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task EveryPage_HasNoSeriousViolations()
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Hello");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var bots = App.Get<OpenChannels.Web.Features.Bots.BotService>();
        var (botId, _) = (await bots.CreateAsync(new OpenChannels.Web.Features.Bots.BotForm { Name = "Help desk" })).ShouldSucceed();
        (await bots.SaveEntryAsync(botId, null, new OpenChannels.Web.Features.Bots.FaqEntryForm { Phrasings = "opening hours", Answer = "9 to 18.", OffersAgent = true })).ShouldSucceed();

        await OpenAsync("/account/login");
        await Page.ShouldPassAxeAsync("sign-in page");

        await SignInAsync(Page);
        foreach (var path in new[] { "/", "/contact-center", $"/contact-center/{id}", "/open-channels", "/employees", "/departments", "/profile", "/api-tokens", "/settings", "/employees/groups", "/bots", $"/bots/{botId}" })
        {
            await OpenAsync(path);
            await Page.ShouldPassAxeAsync(path);
        }

        await OpenAsync($"/open-channels/{scenario.ChannelId}");
        var tabs = Page.GetByRole(AriaRole.Tab);
        for (var i = 0; i < await tabs.CountAsync(); i++)
        {
            await tabs.Nth(i).ClickAsync();
            await Expect(tabs.Nth(i)).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(Page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
            await Page.ShouldPassAxeAsync($"channel tab {i + 1}");
        }
    }

    [Fact]
    public async Task TheLiveChat_HasNoSeriousViolations()
    {
        var scenario = await Scenario.CreateAsync(App);
        await Page.GotoAsync($"/demo?key={scenario.Key}");
        await Page.Locator("[data-oc=launcher]").ClickAsync();
        await Page.Locator("[data-oc=input]").FillAsync("Hello");
        await Page.Locator("[data-oc=send]").ClickAsync();
        await Expect(Page.Locator("[data-oc=message]").First).ToBeVisibleAsync();

        await Page.ShouldPassAxeAsync("the live chat");
    }

    [Fact]
    public async Task TheCheck_ReportsAnImageWithoutText_AndAButtonWithoutAName()
    {
        await Page.SetContentAsync("""
            <html lang="en"><head><title>Broken</title></head>
            <body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body></html>
            """);

        var violations = await Page.SeriousViolationsAsync();

        violations.ShouldContain(v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith("button-name (critical)", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and waits until it has loaded what it shows: a page still fetching its rows shows a progress bar.</summary>
    private async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
    }
}
