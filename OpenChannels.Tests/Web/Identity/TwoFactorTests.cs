using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Settings;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>Two-factor sign-in: set up with the app's code, asked for after the password, wrong codes counted, recovery codes once.</summary>
public sealed class TwoFactorTests : IDisposable
{
    private const string Address = "198.51.100.7";

    private static readonly string ThisBrowser = SignInBrowserBinding.Hash(TestApp.BrowserNonce);

    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    private TwoFactorService TwoFactor => _app.Get<TwoFactorService>();

    private SignInService SignIns => _app.Get<SignInService>();

    private Task<string> UserIdAsync(string email) =>
        _app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Turns two-factor sign-in on as the profile does; returns the key the app was given and the recovery codes.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(string userId, string? sessionKey = null)
    {
        var key = (await TwoFactor.StartEnrolmentAsync(userId)).ShouldSucceed().Key;
        var enabled = (await TwoFactor.EnableAsync(userId, Totp.Code(key), sessionKey)).ShouldSucceed();
        return (key, enabled.RecoveryCodes);
    }

    /// <summary>The password step; the token of the code step it opens.</summary>
    private async Task<string> PasswordStepAsync(string email = TestApp.AdminEmail, string password = TestApp.AdminPassword)
    {
        var step = (await SignIns.SignInWithPasswordAsync(email, password, rememberMe: false, ThisBrowser, Address)).ShouldSucceed();
        return step.ShouldBeOfType<SignInStep.CodeNeeded>().Pending;
    }

    private HttpClient Browser(string cookie)
    {
        var client = _app.AnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task TurningItOn_NeedsTheAppsCurrentCode_AndGivesTenRecoveryCodes()
    {
        var userId = await UserIdAsync(TestApp.AdminEmail);
        var setup = (await TwoFactor.StartEnrolmentAsync(userId)).ShouldSucceed();
        setup.Uri.ShouldBe($"otpauth://totp/OpenChannels:admin%40example.test?secret={setup.Key}&issuer=OpenChannels&digits=6");
        setup.FormattedKey.Replace(" ", string.Empty).ShouldBe(setup.Key);

        (await TwoFactor.EnableAsync(userId, Totp.WrongCode(setup.Key), null)).ShouldFail().ShouldBe(new SecondFactorRefused(false));
        (await TwoFactor.GetStatusAsync(userId)).Enabled.ShouldBeFalse();

        var enabled = (await TwoFactor.EnableAsync(userId, Totp.Code(setup.Key), null)).ShouldSucceed();

        enabled.RecoveryCodes.Count.ShouldBe(10);
        enabled.RecoveryCodes.Distinct().Count().ShouldBe(10);
        (await TwoFactor.GetStatusAsync(userId)).ShouldBe(new TwoFactorStatus(Enabled: true, RecoveryCodesLeft: 10, Required: false));
    }

    [Fact]
    public async Task SignIn_AfterTheRightPassword_AsksForTheCode_AndOnlyTheRightCodeSignsIn()
    {
        var (key, _) = await EnrolAsync(await UserIdAsync(TestApp.AdminEmail));

        var pending = await PasswordStepAsync();
        (await _app.QueryAsync(db => db.SignInTickets.CountAsync())).ShouldBe(0, "no ticket before the code");
        var ticket = (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.Code(key, 1), recoveryCode: false, Address)).ShouldSucceed();

        var client = _app.AnonymousClient();
        (await client.SendAsync(TestApp.CompleteSignIn(ticket, "&returnUrl=%2Fcontact-center"))).Headers.Location!.OriginalString.ShouldBe("/contact-center");
        (await client.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithoutTwoFactor_TheRightPassword_SignsInAtOnce()
    {
        var step = (await SignIns.SignInWithPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, false, ThisBrowser, Address)).ShouldSucceed();

        var ticket = step.ShouldBeOfType<SignInStep.SignedIn>().Ticket;
        (await _app.AnonymousClient().SendAsync(TestApp.CompleteSignIn(ticket))).Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task AWrongCode_IsRefused_AndCountsTowardsTheAccountsLockout_AndTheAddressThrottle()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["SignIn:FailuresPerAddress"] = "3" });
        var userId = await app.QueryAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        var key = (await app.Get<TwoFactorService>().StartEnrolmentAsync(userId)).ShouldSucceed().Key;
        (await app.Get<TwoFactorService>().EnableAsync(userId, Totp.Code(key), null)).ShouldSucceed();
        var signIns = app.Get<SignInService>();
        var pending = (await signIns.SignInWithPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, false, ThisBrowser, Address))
            .ShouldSucceed().ShouldBeOfType<SignInStep.CodeNeeded>().Pending;

        var wrong = await signIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.WrongCode(key), recoveryCode: false, Address);
        var wrongRecovery = await signIns.SignInWithCodeAsync(pending, ThisBrowser, "BCDFG-HJKMP", recoveryCode: true, Address);

        wrong.ShouldFail().Message.ShouldBe("That code is not valid, or it was used already. Enter the current code from your authenticator app.");
        wrongRecovery.ShouldFail().ShouldBe(new SecondFactorRefused(true));
        (await app.QueryAsync(db => db.Users.Select(u => u.AccessFailedCount).SingleAsync())).ShouldBe(2);
        app.Get<SignInThrottle>().MinutesBlocked(Address).ShouldBeNull();
        (await signIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.WrongCode(key), false, Address)).ShouldFail();
        (await signIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.Code(key), false, Address)).ShouldFail()
            .ShouldBeOfType<SignInThrottled>("three failures from the address: even the right code waits");
    }

    [Fact]
    public async Task FiveWrongCodes_LockTheAccount_EndTheCodeStep_AndThePasswordIsThenRefused()
    {
        var (key, _) = await EnrolAsync(await UserIdAsync(TestApp.AdminEmail));
        var pending = await PasswordStepAsync();
        for (var i = 0; i < 4; i++)
        {
            (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.WrongCode(key), false, Address)).ShouldFail().ShouldBeOfType<SecondFactorRefused>();
        }

        (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.WrongCode(key), false, Address)).ShouldFail().ShouldBe(new SignInRefused());

        (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.Code(key), false, Address)).ShouldFail().ShouldBe(new SignInExpired());
        (await SignIns.SignInWithPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, false, ThisBrowser, Address)).ShouldFail().ShouldBe(new SignInRefused());
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce_WhateverTheCaseOrDash()
    {
        var (_, codes) = await EnrolAsync(await UserIdAsync(TestApp.AdminEmail));
        var typed = codes[3].Replace("-", " ").ToLowerInvariant();

        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, typed, recoveryCode: true, Address)).ShouldSucceed();
        (await TwoFactor.GetStatusAsync(await UserIdAsync(TestApp.AdminEmail))).RecoveryCodesLeft.ShouldBe(9);

        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, codes[3], recoveryCode: true, Address))
            .ShouldFail().ShouldBe(new SecondFactorRefused(true));
    }

    [Fact]
    public async Task AnAuthenticatorCode_SignsInOnce_WithinItsWindow()
    {
        var (key, _) = await EnrolAsync(await UserIdAsync(TestApp.AdminEmail));
        var code = Totp.Code(key, 1);

        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, code, false, Address)).ShouldSucceed();

        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, code, false, Address)).ShouldFail().ShouldBeOfType<SecondFactorRefused>();
    }

    [Fact]
    public async Task ThePasswordStep_CannotBeSkipped_NorTakenToAnotherBrowser_NorKeptOverFiveMinutes()
    {
        var (key, _) = await EnrolAsync(await UserIdAsync(TestApp.AdminEmail));

        (await SignIns.SignInWithCodeAsync("made-up", ThisBrowser, Totp.Code(key), false, Address)).ShouldFail().ShouldBe(new SignInExpired());
        var pending = await PasswordStepAsync();
        (await SignIns.SignInWithCodeAsync(pending, SignInBrowserBinding.Hash("another-browser"), Totp.Code(key), false, Address))
            .ShouldFail().ShouldBe(new SignInExpired());
        _app.Clock.Advance(PendingSignIns.Lifetime);
        (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.Code(key), false, Address)).ShouldFail().ShouldBe(new SignInExpired());

        (await _app.QueryAsync(db => db.SignInTickets.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task RequiredForAdministrators_SendsAnUnenrolledAdministratorToTheProfile_UntilTheySetItUp_AgentsGoOn()
    {
        await new Scenario(_app).AddAgentAsync("Bea");
        var admin = await _app.SignedInClientAsync();
        var bea = await _app.SignedInClientAsync("bea@example.test", "agent-pass-1");
        var adminId = await UserIdAsync(TestApp.AdminEmail);

        (await _app.Get<SiteSettingsService>().SaveTwoFactorRequirementAsync(TwoFactorRequirement.Administrators, adminId)).ShouldSucceed();

        var held = await admin.GetAsync("/contact-center");
        held.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        held.Headers.Location!.OriginalString.ShouldBe("/profile#two-factor");
        (await admin.GetAsync("/settings")).Headers.Location!.OriginalString.ShouldBe("/profile#two-factor");
        (await admin.GetAsync("/profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/account/logout")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bea.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var session = await _app.QueryAsync(db => db.AuthSessions.Where(s => s.UserId == adminId).Select(s => s.Id).SingleAsync());
        await EnrolAsync(adminId, session);
        _app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        (await admin.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK, "set up, and still signed in in this browser after the stamp check");
        (await TwoFactor.DisableAsync(adminId, TestApp.AdminPassword, session)).ShouldFail().ShouldBe(new TwoFactorRequired());
    }

    [Fact]
    public async Task TurningItOn_EndsTheOtherSessions_AndKeepsThisOne()
    {
        var adminId = await UserIdAsync(TestApp.AdminEmail);
        var here = Browser(await _app.SignInCookieAsync());
        var thisSession = await _app.QueryAsync(db => db.AuthSessions.Select(s => s.Id).SingleAsync());
        var elsewhere = Browser(await _app.SignInCookieAsync());
        (await elsewhere.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await EnrolAsync(adminId, thisSession);
        _app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        (await here.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await elsewhere.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TurningItOn_InAnOpenTab_TheTabCarriesOnWithTheNewStamp_WhereTheOldPrincipalWouldEnd()
    {
        var adminId = await UserIdAsync(TestApp.AdminEmail);
        await _app.SignInCookieAsync();
        var session = await _app.QueryAsync(db => db.AuthSessions.Select(s => s.Id).SingleAsync());
        var tab = new AuthenticationState((await _app.Get<SessionStore>().RetrieveAsync(session))!.Principal);
        await using var scope = _app.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().ShouldBeOfType<RevalidatingAuthenticationStateProvider>();
        (await RevalidateAsync(provider, tab)).ShouldBeTrue();

        var key = (await TwoFactor.StartEnrolmentAsync(adminId)).ShouldSucceed().Key;
        (await RevalidateAsync(provider, tab)).ShouldBeTrue("starting the set-up changes nothing yet");
        var changed = (await TwoFactor.EnableAsync(adminId, Totp.Code(key), session)).ShouldSucceed();

        (await RevalidateAsync(provider, tab)).ShouldBeFalse();
        (await RevalidateAsync(provider, new AuthenticationState(changed.Session!))).ShouldBeTrue();
        changed.Session!.FindFirst(SessionStore.SessionClaim)!.Value.ShouldBe(session);
    }

    [Fact]
    public async Task TurningItOff_NeedsACurrentCodeOrThePassword()
    {
        var adminId = await UserIdAsync(TestApp.AdminEmail);
        var (key, _) = await EnrolAsync(adminId);

        (await TwoFactor.DisableAsync(adminId, "not-the-password", null)).ShouldFail().ShouldBe(new ConfirmationRefused());
        (await TwoFactor.DisableAsync(adminId, Totp.WrongCode(key), null)).ShouldFail().ShouldBe(new ConfirmationRefused());
        (await TwoFactor.GetStatusAsync(adminId)).Enabled.ShouldBeTrue();

        (await TwoFactor.DisableAsync(adminId, TestApp.AdminPassword, null)).ShouldSucceed().RecoveryCodes.ShouldBeEmpty();

        (await TwoFactor.GetStatusAsync(adminId)).ShouldBe(new TwoFactorStatus(false, 0, false));
        (await SignIns.SignInWithPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, false, ThisBrowser, Address))
            .ShouldSucceed().ShouldBeOfType<SignInStep.SignedIn>();
        (await TwoFactor.StartEnrolmentAsync(adminId)).ShouldSucceed().Key.ShouldNotBe(key, "the old key in the app is dead");
    }

    [Fact]
    public async Task NewRecoveryCodes_NeedACurrentCode_AndTheOldOnesStopWorking()
    {
        var adminId = await UserIdAsync(TestApp.AdminEmail);
        var (key, old) = await EnrolAsync(adminId);

        (await TwoFactor.RegenerateRecoveryCodesAsync(adminId, Totp.WrongCode(key))).ShouldFail().ShouldBeOfType<SecondFactorRefused>();
        var renewed = (await TwoFactor.RegenerateRecoveryCodesAsync(adminId, Totp.Code(key, 1))).ShouldSucceed();

        renewed.Count.ShouldBe(10);
        renewed.ShouldNotContain(old[0]);
        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, old[0], true, Address)).ShouldFail();
        (await SignIns.SignInWithCodeAsync(await PasswordStepAsync(), ThisBrowser, renewed[0], true, Address)).ShouldSucceed();
    }

    [Fact]
    public async Task AnAdministratorsReset_EndsTheEmployeesSessions_AndTheyThenSignInWithThePasswordOnly()
    {
        var bea = await new Scenario(_app).AddAgentAsync("Bea");
        var beaId = await UserIdAsync("bea@example.test");
        var (key, _) = await EnrolAsync(beaId);
        var pending = await PasswordStepAsync("bea@example.test", "agent-pass-1");
        var ticket = (await SignIns.SignInWithCodeAsync(pending, ThisBrowser, Totp.Code(key, 1), false, Address)).ShouldSucceed();
        var browser = _app.AnonymousClient();
        await browser.SendAsync(TestApp.CompleteSignIn(ticket));
        (await browser.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _app.Get<EmployeeService>().GetAsync(bea))!.TwoFactorEnabled.ShouldBeTrue();

        (await TwoFactor.ResetAsync(bea, await UserIdAsync(TestApp.AdminEmail))).ShouldSucceed();

        var after = await browser.GetAsync("/contact-center");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain(AccountEndpoints.LoginPath);
        (await _app.Get<EmployeeService>().GetAsync(bea))!.TwoFactorEnabled.ShouldBeFalse();
        (await SignIns.SignInWithPasswordAsync("bea@example.test", "agent-pass-1", false, ThisBrowser, Address))
            .ShouldSucceed().ShouldBeOfType<SignInStep.SignedIn>();
    }

    /// <summary>The check an open tab runs every minute (its base class runs it on a real-time loop).</summary>
    private static Task<bool> RevalidateAsync(RevalidatingAuthenticationStateProvider provider, AuthenticationState state) =>
        (Task<bool>)typeof(RevalidatingAuthenticationStateProvider)
            .GetMethod("ValidateAuthenticationStateAsync", BindingFlags.NonPublic | BindingFlags.Instance)!
            .Invoke(provider, [state, CancellationToken.None])!;
}
