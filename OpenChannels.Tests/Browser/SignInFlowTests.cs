using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInFlowTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestApp _app = default!;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _app = new TestApp(bootstrapAdmin: true, kestrel: true);
        _app.StartServer();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.ServerAddress.ToString() });
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _app.Dispose();
    }

    [Fact]
    public async Task UnauthenticatedPage_RedirectsToSignIn_AndBackAfterwards()
    {
        await _page.GotoAsync("/employees");

        await Expect(_page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Femployees", RegexOptions.IgnoreCase));
        await _page.WaitForInteractiveAsync();
        await _page.ScreenshotToArtifactsAsync("login");
        await _page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await _page.FillFieldAsync("Password", TestApp.AdminPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(_page).ToHaveURLAsync(new Regex("/employees$"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Employees" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_IsToldAndStaysOnSignIn()
    {
        await _page.GotoAsync("/account/login");
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await _page.FillFieldAsync("Password", "not-the-password-1");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(_page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong e-mail or password.");
        await Expect(_page).ToHaveURLAsync(new Regex("/account/login$"));
    }

    [Fact]
    public async Task DarkMode_IsRememberedForTheUser()
    {
        await _page.GotoAsync("/account/login");
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await _page.FillFieldAsync("Password", TestApp.AdminPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada" })).ToBeVisibleAsync();
        await _page.WaitForInteractiveAsync();

        var light = await MainBackgroundAsync(_page);
        light.ShouldBe("rgb(245, 247, 250)");
        await _page.GetByLabel("Toggle dark mode").ClickAsync();
        await _page.WaitForFunctionAsync(
            "light => getComputedStyle(document.body).backgroundColor !== light", light);
        await _page.ScreenshotToArtifactsAsync("overview-dark");

        // Another browser, same user: dark from the first paint.
        await using var other = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.ServerAddress.ToString() });
        var cookies = await _context.CookiesAsync();
        await other.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
        }));
        var page = await other.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        (await MainBackgroundAsync(page)).ShouldBe(await MainBackgroundAsync(_page));
        (await MainBackgroundAsync(page)).ShouldNotBe(light);
    }

    private static Task<string> MainBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
