using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>WCAG 2.2 AA, as axe checks it: no serious or critical violation on any page, nor in the live chat.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task EveryPage_HasNoSeriousViolations()
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Hello");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var bots = App.Get<OpenChannels.Web.Features.Bots.BotService>();
        var (botId, _) = (await bots.CreateAsync(new OpenChannels.Web.Features.Bots.BotForm { Name = "Help desk" })).ShouldSucceed();
        (await bots.SaveEntryAsync(botId, null, new OpenChannels.Web.Features.Bots.FaqEntryForm { Phrasings = "opening hours", Answer = "9 to 18.", OffersAgent = true })).ShouldSucceed();

        await Page.GotoAsync("/account/login");
        await Page.WaitForInteractiveAsync();
        await ShouldPassAsync(Page, "sign-in page");

        await SignInAsync(Page);
        foreach (var path in new[] { "/", "/contact-center", $"/contact-center/{id}", "/open-channels", "/employees", "/departments", "/profile", "/api-tokens", "/settings", "/employees/groups", "/bots", $"/bots/{botId}" })
        {
            await Page.GotoAsync(path);
            await Page.WaitForInteractiveAsync();
            await ShouldPassAsync(Page, path);
        }

        await Page.GotoAsync($"/open-channels/{scenario.ChannelId}");
        await Page.WaitForInteractiveAsync();
        var tabs = Page.GetByRole(AriaRole.Tab);
        for (var i = 0; i < await tabs.CountAsync(); i++)
        {
            await tabs.Nth(i).ClickAsync();
            await Expect(tabs.Nth(i)).ToHaveAttributeAsync("aria-selected", "true");
            await ShouldPassAsync(Page, $"channel tab {i + 1}");
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

        await ShouldPassAsync(Page, "the live chat");
    }

    private static async Task ShouldPassAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Wcag22AA);
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(6).Select(n => n.Html))}")
            .ToList();
        serious.ShouldBeEmpty($"axe on {where}");
    }
}
