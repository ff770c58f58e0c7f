using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Employees;
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
}
