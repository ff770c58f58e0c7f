using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Account;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Components;

public sealed class TwoFactorSectionTests : ComponentTestBase
{
    private async Task<string> SignedInAdministratorAsync()
    {
        var userId = await App.QueryAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        Auth.SetClaims(new Claim(Policies.EmployeeIdClaim, "1"), new Claim(ClaimTypes.NameIdentifier, userId));
        return userId;
    }

    private static Task ClickAsync(IRenderedComponent<TwoFactorSection> section, string text) =>
        section.FindAll("button").Single(b => b.TextContent.Trim() == text).ClickAsync(new());

    [Fact]
    public async Task SettingUp_ShowsAnSvgQrCodeAndTheKey_RefusesAWrongCode_ThenShowsTenRecoveryCodes()
    {
        var userId = await SignedInAdministratorAsync();
        var section = Render<TwoFactorSection>(p => p.Add(s => s.Status, new TwoFactorStatus(false, 0, false)));

        await ClickAsync(section, "Set up two-factor sign-in");

        var key = section.Find("[data-testid=authenticator-key]").TextContent.Replace(" ", string.Empty);
        var qr = section.Find("img[data-testid=authenticator-qr]").GetAttribute("src")!;
        qr.ShouldStartWith("data:image/svg+xml;base64,");
        Encoding.UTF8.GetString(Convert.FromBase64String(qr["data:image/svg+xml;base64,".Length..])).ShouldContain("<svg");
        await section.Find("input").InputAsync(new() { Value = Totp.WrongCode(key) });
        await ClickAsync(section, "Turn on");
        section.WaitForAssertion(() => section.Find("[role=alert]").TextContent.ShouldContain("That code is not valid"));
        (await App.Get<TwoFactorService>().GetStatusAsync(userId)).Enabled.ShouldBeFalse();

        await section.Find("input").InputAsync(new() { Value = Totp.Code(key) });
        await ClickAsync(section, "Turn on");

        section.WaitForAssertion(() => section.FindAll("[data-testid=recovery-codes] li").Count.ShouldBe(10));
        section.Find("a[download]").GetAttribute("href")!.ShouldStartWith("data:text/plain;charset=utf-8,");
        (await App.Get<TwoFactorService>().GetStatusAsync(userId)).Enabled.ShouldBeTrue();
        await ClickAsync(section, "I have saved them");
        section.FindAll("[data-testid=recovery-codes]").ShouldBeEmpty("recovery codes are shown once");
    }

    [Fact]
    public void WhenRequired_TurningOffIsNotOffered()
    {
        var section = Render<TwoFactorSection>(p => p.Add(s => s.Status, new TwoFactorStatus(true, 2, Required: true)));

        section.FindAll("button").Single(b => b.TextContent.Trim() == "Turn off").HasAttribute("disabled").ShouldBeTrue();
        section.Markup.ShouldContain("Your administrator requires two-factor sign-in, so it cannot be turned off.");
        section.Find("[data-testid=recovery-codes-left]").TextContent.Trim().ShouldBe("2 recovery codes left");
    }
}
