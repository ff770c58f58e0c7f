using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>Someone sets up two-factor sign-in from their profile with the key shown there, then signs in with password and code.</summary>
public sealed class TwoFactorFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task SetUpFromTheProfile_ThenSignIn_WithPasswordAndCode_LandsOnTheContactCenter()
    {
        await SignInAsync(Page);
        await Page.GotoAsync("/profile");
        await Page.WaitForInteractiveAsync();
        var section = Page.GetByTestId("two-factor");
        await section.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();

        // The QR code is an SVG image the Content-Security-Policy lets load; the key is there to type by hand.
        var qr = section.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with your authenticator app" });
        await Expect(qr).ToBeVisibleAsync();
        (await qr.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        var key = (await section.GetByTestId("authenticator-key").TextContentAsync())!.Replace(" ", string.Empty);
        await Page.ScreenshotToArtifactsAsync("two-factor-set-up");
        await Page.ShouldPassAxeAsync("the set-up");
        await section.FillFieldAsync("Code", Totp.Code(key));
        await section.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        await Expect(section.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await Page.ScreenshotToArtifactsAsync("two-factor-recovery-codes");
        await section.GetByRole(AriaRole.Button, new() { Name = "I have saved them" }).ClickAsync();
        await Expect(section.GetByTestId("recovery-codes-left")).ToHaveTextAsync("10 recovery codes left");

        // This browser stays signed in; signing out and in again asks for the code.
        await Page.GotoAsync("/account/logout");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByText("You have been signed out.")).ToBeVisibleAsync();
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await Page.FillFieldAsync("Password", TestApp.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in" })).ToBeVisibleAsync();
        await Page.FillFieldAsync("Authenticator code", Totp.WrongCode(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "That code is not valid, or it was used already. Enter the current code from your authenticator app.");
        await Page.ScreenshotToArtifactsAsync("two-factor-code-step");
        await Page.ShouldPassAxeAsync("the code step");

        // The code of the set-up was used already: the app's next one (Identity accepts it a step early).
        await Page.FillFieldAsync("Authenticator code", Totp.Code(key, 1));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/contact-center$"));
        await Page.WaitForInteractiveAsync();
    }

    [Fact]
    public async Task ARecoveryCode_SignsIn_WhenThePhoneIsLost()
    {
        var userId = await App.QueryAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        var twoFactor = App.Get<TwoFactorService>();
        var key = (await twoFactor.StartEnrolmentAsync(userId)).ShouldSucceed().Key;
        var codes = (await twoFactor.EnableAsync(userId, Totp.Code(key), null)).ShouldSucceed().RecoveryCodes;

        await Page.GotoAsync("/account/login");
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("E-mail", TestApp.AdminEmail);
        await Page.FillFieldAsync("Password", TestApp.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Use a recovery code" }).ClickAsync();
        await Page.FillFieldAsync("Recovery code", codes[0]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RequiredForAdministrators_TheAdministratorIsHeldOnTheProfile_UntilTheySetItUp()
    {
        await SignInAsync(Page);
        await Page.GotoAsync("/settings");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Administrators" }).CheckAsync();
        await Page.ScreenshotToArtifactsAsync("settings-security");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // Required of the administrator who chose it: their profile, and nothing else, until it is set up.
        await Expect(Page).ToHaveURLAsync(new Regex("/profile#two-factor$"));
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByTestId("enrolment-required")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("two-factor-required");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Contact center" }).ClickAsync();
        await Expect(Page.GetByText("Set up two-factor sign-in first: your administrator requires it.")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/profile#two-factor$"));

        var section = Page.GetByTestId("two-factor");
        await section.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        var key = (await section.GetByTestId("authenticator-key").TextContentAsync())!.Replace(" ", string.Empty);
        await section.FillFieldAsync("Code", Totp.Code(key));
        await section.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = "I have saved them" }).ClickAsync();
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = "Turn off" })).ToBeDisabledAsync();
        await Page.ScreenshotToArtifactsAsync("two-factor-on");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Contact center" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/contact-center$"));
    }

    [Fact]
    public async Task AnAdministrator_ResetsAnEmployeesTwoFactorSignIn_FromTheirWindow()
    {
        await new Scenario(App).AddAgentAsync("Bea");
        var beaId = await App.QueryAsync(db => db.Users.Where(u => u.Email == "bea@example.test").Select(u => u.Id).SingleAsync());
        var twoFactor = App.Get<TwoFactorService>();
        var key = (await twoFactor.StartEnrolmentAsync(beaId)).ShouldSucceed().Key;
        (await twoFactor.EnableAsync(beaId, Totp.Code(key), null)).ShouldSucceed();

        await SignInAsync(Page);
        await Page.GotoAsync("/employees");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Edit Bea" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("employee-two-factor")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("employee-two-factor");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reset two-factor sign-in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reset", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("Two-factor sign-in of Bea is reset.")).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("employee-two-factor")).ToBeHiddenAsync();
        (await twoFactor.GetStatusAsync(beaId)).Enabled.ShouldBeFalse();
    }
}
