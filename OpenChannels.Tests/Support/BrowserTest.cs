using Microsoft.Playwright;

namespace OpenChannels.Tests.Support;

/// <summary>A browser test: its own app on a real Kestrel port and a fresh Chromium context.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, bool bootstrapAdmin = true, IReadOnlyDictionary<string, string>? settings = null)
    : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    protected TestApp App { get; private set; } = default!;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = new TestApp(bootstrapAdmin, kestrel: true, settings: settings);
        App.StartServer();
        Context = await NewContextAsync();
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        App.Dispose();

        // Every flow also proves the app works under its Content-Security-Policy.
        CspViolations.ShouldBeEmpty("the browser refused something under the Content-Security-Policy");
    }

    /// <summary>What Chromium reported as blocked by the Content-Security-Policy, on any page of the test.</summary>
    protected System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    /// <summary>Another browser (its own cookies), e.g. a second person.</summary>
    protected async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(15_000);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                CspViolations.Enqueue($"{message.Location}: {message.Text}");
            }
        };
        return context;
    }

    /// <summary>Opens an open channel's settings page on one of its tabs (the page must be signed in).</summary>
    protected async Task OpenChannelTabAsync(int channelId, string tab)
    {
        await Page.GotoAsync($"/open-channels/{channelId}");
        await Page.WaitForInteractiveAsync();

        // A click while the first tab's content is still loading can land as the strip re-renders: click until selected.
        var target = Page.GetByRole(AriaRole.Tab, new() { Name = tab });
        for (var attempt = 0; attempt < 3 && await target.GetAttributeAsync("aria-selected") != "true"; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Assertions.Expect(target).ToHaveAttributeAsync("aria-selected", "true", new() { Timeout = 3000 });
            }
            catch (PlaywrightException) when (attempt < 2)
            {
            }
        }

        await Assertions.Expect(target).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>Signs in through the real form and waits for the overview.</summary>
    protected static async Task SignInAsync(IPage page, string email = TestApp.AdminEmail, string password = TestApp.AdminPassword)
    {
        await page.GotoAsync("/account/login");
        await page.WaitForInteractiveAsync();
        await page.FillFieldAsync("E-mail", email);
        await page.FillFieldAsync("Password", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }
}
