using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class SignInFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task UnauthenticatedPage_RedirectsToSignIn_AndBackAfterwards()
    {
        await Page.GotoAsync("/employees");

        await Expect(Page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Femployees", RegexOptions.IgnoreCase));
        await Page.WaitForInteractiveAsync();
        await Page.ScreenshotToArtifactsAsync("login");
        await Page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await Page.FillFieldAsync("Password", TestApp.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/employees$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Employees" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_IsToldAndStaysOnSignIn()
    {
        await Page.GotoAsync("/account/login");
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await Page.FillFieldAsync("Password", "not-the-password-1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong e-mail or password, or the account is blocked for now.");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/login$"));
    }

    [Fact]
    public async Task DarkMode_IsRememberedForTheUser()
    {
        await SignInAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada" })).ToBeVisibleAsync();

        var light = await MainBackgroundAsync(Page);
        light.ShouldBe("rgb(245, 247, 250)");
        await Page.GetByLabel("Toggle dark mode").ClickAsync();
        await Page.WaitForFunctionAsync(
            "light => getComputedStyle(document.body).backgroundColor !== light", light);
        await Page.ScreenshotToArtifactsAsync("overview-dark");

        // Another browser, same user: dark from the first paint.
        await using var other = await NewContextAsync();
        var cookies = await Context.CookiesAsync();
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
        (await MainBackgroundAsync(page)).ShouldBe(await MainBackgroundAsync(Page));
        (await MainBackgroundAsync(page)).ShouldNotBe(light);
    }

    private static Task<string> MainBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
