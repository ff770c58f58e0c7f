using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class UnsavedChangesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task UnsavedTabChanges_SurviveSwitchingTabs_AndLeavingAsksFirst()
    {
        var scenario = await ChangeTheQueueModeAsync();

        // Each tab is selected before the next is clicked: the tab strip scrolls when the last tab is chosen, and a click
        // sent during that scroll can land on the tab that is moving away.
        var other = Page.GetByRole(AriaRole.Tab, new() { Name = "Other" });
        await other.ClickAsync();
        await Expect(other).ToHaveAttributeAsync("aria-selected", "true");
        var queue = Page.GetByRole(AriaRole.Tab, new() { Name = "Queue" });
        await queue.ClickAsync();
        await Expect(queue).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Strictly in queue order — the first available, then the next" })).ToBeCheckedAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Employees", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Leave without saving?")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/open-channels/{scenario.ChannelId}$"));

        await Page.GetByRole(AriaRole.Link, new() { Name = "Employees", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/employees$"));
    }

    private async Task<Scenario> ChangeTheQueueModeAsync()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Queue");
        await Page.GetByText("Strictly in queue order").ClickAsync();
        return scenario;
    }

    [Fact]
    public async Task SavedTab_LeavesWithoutAsking()
    {
        await ChangeTheQueueModeAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save queue settings" }).ClickAsync();
        await Expect(Page.GetByText("Queue settings saved.")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Employees", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/employees$"));
    }
}
