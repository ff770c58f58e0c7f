using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Settings;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>L11: security events are logged in their own category, with event ids and values, and without secrets.</summary>
public sealed class SecurityLogTests : IDisposable
{
    private const string Address = "203.0.113.9";
    private const string TypedPassword = "typed-secret-4711";

    private readonly CapturingLoggerProvider _logs = new();
    private readonly TestApp _app;

    public SecurityLogTests() =>
        _app = new TestApp(
            settings: new Dictionary<string, string> { ["Logging:LogLevel:OpenChannels.Security"] = "Information" },
            services: s => s.AddSingleton<ILoggerProvider>(_logs));

    public void Dispose() => _app.Dispose();

    private IReadOnlyList<CapturingLoggerProvider.LogEntry> Security => _logs.Of(SecurityLog.Category);

    [Fact]
    public async Task FailedSignIns_AreLoggedWithTheirReason_ButNeitherThePasswordNorAnUnknownEmail()
    {
        var accounts = _app.Get<AccountService>();
        await accounts.CheckPasswordAsync("stranger@example.test", TypedPassword, Address);
        await accounts.CheckPasswordAsync(TestApp.AdminEmail, TypedPassword, Address);

        var failures = Security.Where(e => e.EventId.Id == 1002).ToList();
        failures.Select(e => e.Values["Reason"]).ShouldBe([SignInFailure.UnknownAccount, SignInFailure.WrongPassword]);
        failures.ShouldAllBe(e => (string?)e.Values["Address"] == Address && e.Level == LogLevel.Warning);
        failures[1].Values["UserId"].ShouldNotBeNull();
        _logs.Entries.ShouldNotContain(e => e.Message.Contains(TypedPassword) || e.Message.Contains("stranger@example.test"));
    }

    [Fact]
    public async Task SuccessfulSignIn_AndLockout_AreLogged()
    {
        var accounts = _app.Get<AccountService>();
        var userId = (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, Address)).ShouldSucceed();
        for (var i = 0; i < 5; i++)
        {
            await accounts.CheckPasswordAsync(TestApp.AdminEmail, TypedPassword, Address);
        }

        Security.ShouldContain(e => e.EventId.Id == 1001 && e.EventId.Name == "SignInSucceeded" && (string?)e.Values["UserId"] == userId);
        Security.Count(e => e.EventId.Name == "AccountLockedOut").ShouldBe(1);
    }

    [Fact]
    public async Task Tokens_AdministratorFlag_PasswordReset_AndDismissal_AreLogged_WithoutSecrets()
    {
        var employees = _app.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", Password = "agent-pass-1" })).ShouldSucceed();
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync("bea@example.test", "agent-pass-1")).ShouldSucceed();
        var tokens = _app.Get<ApiTokenService>();
        var before = Security.Count;
        var secret = (await tokens.CreateAsync(userId, "CRM sync")).ShouldSucceed();
        var tokenId = (await tokens.ListAsync(userId)).Single().Id;
        await tokens.RevokeAsync(userId, tokenId);
        await tokens.CreateAsync(userId, "Second");
        var form = (await employees.GetAsync(id))!.Form;
        form.IsAdministrator = true;
        form.Password = "a-brand-new-secret-phrase";
        (await employees.UpdateAsync(id, form)).ShouldSucceed();
        (await employees.DismissAsync(id, actingEmployeeId: null)).ShouldSucceed();
        (await employees.ReinstateAsync(id)).ShouldSucceed();

        Security.Skip(before).Select(e => e.EventId.Name).ShouldBe(
        [
            "ApiTokenCreated", "ApiTokenRevoked", "ApiTokenCreated", "PasswordReset", "ApiTokensRevokedForUser",
            "AdministratorChanged", "SignInBlockedChanged", "ApiTokensRevokedForUser", "SignInBlockedChanged",
        ]);
        Security.Single(e => e.EventId.Name == "ApiTokenRevoked").Values["TokenId"].ShouldBe(tokenId);
        Security.Last(e => e.EventId.Name == "AdministratorChanged").Values["UserId"].ShouldBe(userId);
        _logs.Entries.ShouldNotContain(e => e.Message.Contains(secret) || e.Message.Contains("a-brand-new-secret-phrase") || e.Message.Contains("CRM sync"));
    }

    [Fact]
    public async Task ChannelDeletion_IsLogged_WithWhoDidIt()
    {
        var scenario = await Scenario.CreateAsync(_app);

        (await _app.Get<GeneralSettingsService>().DeleteAsync(scenario.ChannelId, "admin-user-id")).ShouldSucceed();

        var deleted = Security.Single(e => e.EventId.Name == "ChannelDeleted");
        deleted.Values["ChannelId"].ShouldBe(scenario.ChannelId);
        deleted.Values["ActingUserId"].ShouldBe("admin-user-id");
    }

    [Fact]
    public async Task TwoFactorEvents_AreLogged_WithoutKeysOrCodes()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var employeeId = await _app.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.EmployeeId).SingleAsync());
        var twoFactor = _app.Get<TwoFactorService>();
        var signIns = _app.Get<SignInService>();
        var browser = SignInBrowserBinding.Hash(TestApp.BrowserNonce);
        var before = Security.Count;
        var key = (await twoFactor.StartEnrolmentAsync(userId)).ShouldSucceed().Key;
        var codes = (await twoFactor.EnableAsync(userId, Totp.Code(key), null)).ShouldSucceed().RecoveryCodes;
        var pending = (await signIns.SignInWithPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, false, browser, Address))
            .ShouldSucceed().ShouldBeOfType<SignInStep.CodeNeeded>().Pending;
        var wrong = Totp.WrongCode(key);
        await signIns.SignInWithCodeAsync(pending, browser, wrong, recoveryCode: false, Address);
        (await signIns.SignInWithCodeAsync(pending, browser, codes[0], recoveryCode: true, Address)).ShouldSucceed();
        var renewed = (await twoFactor.RegenerateRecoveryCodesAsync(userId, Totp.Code(key, 1))).ShouldSucceed();
        (await twoFactor.DisableAsync(userId, TestApp.AdminPassword, null)).ShouldSucceed();
        (await twoFactor.ResetAsync(employeeId, userId)).ShouldSucceed();
        (await _app.Get<SiteSettingsService>().SaveTwoFactorRequirementAsync(TwoFactorRequirement.Everyone, userId)).ShouldSucceed();

        Security.Skip(before).Select(e => e.EventId.Name).ShouldBe(
        [
            "TwoFactorEnabled", "SecondFactorAsked", "TwoFactorCodeWrong", "RecoveryCodeUsed", "SignInSucceeded",
            "RecoveryCodesRegenerated", "TwoFactorDisabled", "TwoFactorReset", "TwoFactorRequirementChanged",
        ]);
        Security.Single(e => e.EventId.Name == "TwoFactorCodeWrong").Values["Kind"].ShouldBe("authenticator code");
        Security.Single(e => e.EventId.Name == "RecoveryCodeUsed").Values["Left"].ShouldBe(9);
        string[] secrets = [key, wrong, .. codes, .. renewed];
        _logs.Entries.ShouldNotContain(e => secrets.Any(secret => e.Message.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }
}
