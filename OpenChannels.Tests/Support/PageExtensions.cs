using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenChannels.Tests.Support;

public static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    /// <summary>Fills a MudBlazor text field found by its label (a required field's label ends with *).</summary>
    public static async Task FillFieldAsync(this ILocator scope, string label, string value)
    {
        var field = scope.GetByLabel(new Regex($"^{Regex.Escape(label)}\\*?$"));
        await field.FillAsync(value);
        await field.BlurAsync();
    }

    public static Task FillFieldAsync(this IPage page, string label, string value) =>
        page.Locator("body").FillFieldAsync(label, value);

    /// <summary>Opens a MudSelect by its label and picks the option with the given text.</summary>
    public static async Task SelectOptionAsync(this ILocator scope, IPage page, string label, string option)
    {
        await scope.GetByLabel(new Regex($"^{Regex.Escape(label)}\\*?$")).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }

    public static Task ScreenshotToArtifactsAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}.png"),
            FullPage = true,
        });
}
