using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>An agent sees times in their own browser's time zone, whatever the server's zone (a container runs in UTC).</summary>
public sealed class ViewerTimeZoneTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAgentInWarsaw_SeesTheMessageTime_InWarsawTime()
    {
        var id = await ClientWroteAsync();
        await using var warsaw = await WarsawBrowserAsync();
        var page = await warsaw.NewPageAsync();

        await SignInAsync(page);
        await page.GotoAsync($"/contact-center/{id}");
        await page.WaitForInteractiveAsync();

        // The app's clock says 09:00 UTC: 10:00 in Warsaw in November.
        var message = page.Locator("[data-kind='client']").Filter(new() { HasText = "Hello from the website" });
        await Expect(message.Locator(".oc-message__meta")).ToContainTextAsync("10:00");
        await page.ScreenshotToArtifactsAsync("viewer-time-zone");
    }

    [Fact]
    public async Task AnAgentWhoChoseTokyoInTheProfile_SeesTokyoTime_WhateverTheBrowsersZone()
    {
        var id = await ClientWroteAsync();
        await using var warsaw = await WarsawBrowserAsync();
        var page = await warsaw.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/profile");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("Times are shown in your browser's time zone (Europe/Warsaw)")).ToBeVisibleAsync();
        await page.GetByLabel("Time zone", new() { Exact = true }).FillAsync("Tokyo");
        await page.GetByRole(AriaRole.Option, new() { Name = "Asia/Tokyo" }).ClickAsync();
        // The pick reaches the server before the field shows it; saving earlier would save the field's old value.
        await Expect(page.GetByLabel("Time zone", new() { Exact = true })).ToHaveValueAsync("Asia/Tokyo");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Asia/Tokyo" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save time zone" }).ClickAsync();
        // Saving under a loaded CI machine can take longer than the default wait.
        await Expect(page.GetByText("Times are shown in Asia/Tokyo")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.ScreenshotToArtifactsAsync("profile-time-zone");

        // 09:00 UTC is 18:00 in Tokyo.
        await page.GotoAsync($"/contact-center/{id}");
        await page.WaitForInteractiveAsync();
        var message = page.Locator("[data-kind='client']").Filter(new() { HasText = "Hello from the website" });
        await Expect(message.Locator(".oc-message__meta")).ToContainTextAsync("18:00");
    }

    private async Task<int> ClientWroteAsync()
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Hello from the website");
        return await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
    }

    /// <summary>A browser whose clock is in Warsaw, while the server's is UTC.</summary>
    private Task<IBrowserContext> WarsawBrowserAsync() => Browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = App.ServerAddress.ToString(),
        TimezoneId = "Europe/Warsaw",
        ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
    });
}
