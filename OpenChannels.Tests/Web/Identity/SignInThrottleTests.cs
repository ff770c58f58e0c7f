using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>L1: failed sign-ins from one address are limited across accounts, by the app's clock.</summary>
public sealed class SignInThrottleTests : IDisposable
{
    private const string Address = "203.0.113.7";

    private readonly TestApp _app = new(settings: new Dictionary<string, string>
    {
        ["SignIn:FailuresPerAddress"] = "3",
        ["SignIn:AddressWindowMinutes"] = "10",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FailuresFromOneAddress_AcrossAccounts_ThrottleIt_WhateverTheAccount_UntilTheWindowEnds()
    {
        var accounts = _app.Get<AccountService>();
        await accounts.CheckPasswordAsync("nobody@example.test", "guess-number-1", Address);
        await accounts.CheckPasswordAsync("someone@example.test", "guess-number-2", Address);
        await accounts.CheckPasswordAsync(TestApp.AdminEmail, "guess-number-3", Address);

        var existing = await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, Address);
        var unknown = await accounts.CheckPasswordAsync("nobody@example.test", "guess-number-4", Address);

        existing.Error.ShouldBe(new SignInThrottled(10));
        unknown.Error.ShouldBe(existing.Error, "the refusal does not tell whether the account exists");
        existing.Error!.Message.ShouldBe("Too many failed sign-ins from this address. Try again in 10 minutes.");
        (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, "198.51.100.1")).Succeeded.ShouldBeTrue();

        _app.Clock.Advance(TimeSpan.FromMinutes(9));
        (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, Address)).Error.ShouldBe(new SignInThrottled(1));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, Address)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task FailuresBelowTheLimit_DoNotThrottle()
    {
        var accounts = _app.Get<AccountService>();
        await accounts.CheckPasswordAsync("nobody@example.test", "guess-number-1", Address);
        await accounts.CheckPasswordAsync("nobody@example.test", "guess-number-2", Address);

        (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword, Address)).Succeeded.ShouldBeTrue();
    }
}
