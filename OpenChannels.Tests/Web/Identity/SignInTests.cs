using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

public sealed class SignInTests : IDisposable
{
    private readonly TestApp _app = new();

    private const string BobPassword = "bob-pass-123";

    public void Dispose() => _app.Dispose();

    private async Task<int> CreateEmployeeAsync(string email) =>
        (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Bob", Email = email, Password = BobPassword })).Value;

    [Fact]
    public async Task Ticket_SignsInOnce_AndRedirectsToTheLocalReturnUrl()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await _app.Get<SignInTicketService>().IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(TestApp.BrowserNonce));
        var client = _app.AnonymousClient();

        var first = await client.SendAsync(TestApp.CompleteSignIn(ticket, "&returnUrl=%2Femployees"));
        first.Headers.Location!.OriginalString.ShouldBe("/employees");
        (await client.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var replay = await _app.AnonymousClient().SendAsync(TestApp.CompleteSignIn(ticket));
        replay.Headers.Location!.OriginalString.ShouldBe("/account/login?expired=true");
    }

    [Fact]
    public async Task Ticket_AfterItsMinute_IsRefused()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await _app.Get<SignInTicketService>().IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(TestApp.BrowserNonce));
        _app.Clock.Advance(TimeSpan.FromSeconds(61));

        var response = await _app.AnonymousClient().SendAsync(TestApp.CompleteSignIn(ticket));

        response.Headers.Location!.OriginalString.ShouldBe("/account/login?expired=true");
    }

    [Fact]
    public async Task LoginPage_GivesTheBrowserAnHttpOnlyStrictNonce_AndATicketBoundToItWorksOnlyInThatBrowser()
    {
        var asking = _app.AnonymousClient();
        var login = await asking.GetAsync("/account/login");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SignInBrowserBinding.CookieName + "=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        cookie.ShouldContain("path=/account", Case.Insensitive);
        var nonce = cookie.Split(';')[0][(SignInBrowserBinding.CookieName.Length + 1)..];
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var tickets = _app.Get<SignInTicketService>();

        var sentToAnother = await tickets.IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(nonce));
        var victim = _app.AnonymousClient();
        (await victim.GetAsync($"/account/complete-sign-in?ticket={sentToAnother}")).Headers.Location!.OriginalString
            .ShouldBe("/account/login?expired=true");
        (await victim.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other browser is not signed in");

        var own = await tickets.IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(nonce));
        (await asking.GetAsync($"/account/complete-sign-in?ticket={own}")).Headers.Location!.OriginalString.ShouldBe("/");
        (await asking.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ticket_RedeemedWithAnotherBrowsersNonce_IsRefused_AndSpent()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await _app.Get<SignInTicketService>().IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(TestApp.BrowserNonce));
        var other = new HttpRequestMessage(HttpMethod.Get, $"/account/complete-sign-in?ticket={ticket}");
        other.Headers.Add("Cookie", $"{SignInBrowserBinding.CookieName}=someone-elses-nonce");

        (await _app.AnonymousClient().SendAsync(other)).Headers.Location!.OriginalString.ShouldBe("/account/login?expired=true");
        (await _app.AnonymousClient().SendAsync(TestApp.CompleteSignIn(ticket))).Headers.Location!.OriginalString
            .ShouldBe("/account/login?expired=true", "a refused ticket cannot be tried again");
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/open-channels?x=1", "/open-channels?x=1")]
    [InlineData(null, "/")]
    public void SafeReturnUrl_KeepsOnlyLocalPaths(string? requested, string expected)
    {
        AccountEndpoints.SafeReturnUrl(requested).ShouldBe(expected);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockThatAccountOnly_AndTheRightPasswordIsThenRefusedTheSameWay()
    {
        var accounts = _app.Get<AccountService>();
        await CreateEmployeeAsync("bob@example.test");
        for (var i = 0; i < 5; i++)
        {
            (await accounts.CheckPasswordAsync(TestApp.AdminEmail, "wrong")).Error.ShouldBe(new SignInRefused());
        }

        (await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).Error.ShouldBe(new SignInRefused());
        (await accounts.CheckPasswordAsync("bob@example.test", BobPassword)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task UnknownEmail_WrongPassword_LockedOut_AndDismissed_AllGetTheSameAnswer()
    {
        var accounts = _app.Get<AccountService>();
        var dismissed = await CreateEmployeeAsync("dora@example.test");
        await _app.Get<EmployeeService>().DismissAsync(dismissed, actingEmployeeId: null);
        await CreateEmployeeAsync("lou@example.test");
        for (var i = 0; i < 5; i++)
        {
            await accounts.CheckPasswordAsync("lou@example.test", "wrong");
        }

        var answers = new[]
        {
            await accounts.CheckPasswordAsync("nobody@example.test", BobPassword),
            await accounts.CheckPasswordAsync(TestApp.AdminEmail, "wrong-password-9"),
            await accounts.CheckPasswordAsync("lou@example.test", BobPassword),
            await accounts.CheckPasswordAsync("dora@example.test", BobPassword),
        };

        answers.ShouldAllBe(a => !a.Succeeded && a.Error == new SignInRefused());
        answers[0].Error!.Message.ShouldBe("Wrong e-mail or password, or the account is blocked for now.");
    }

    [Fact]
    public async Task UnknownEmail_AndBlockedAccount_StillVerifyAPasswordHash_AsAKnownOneDoes()
    {
        var hasher = new CountingPasswordHasher();
        using var app = new TestApp(services: s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher));
        var accounts = app.Get<AccountService>();
        var employees = app.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Dora", Email = "dora@example.test", Password = BobPassword })).Value;
        await employees.DismissAsync(id, actingEmployeeId: null);

        foreach (var email in new[] { "nobody@example.test", "dora@example.test", TestApp.AdminEmail })
        {
            var before = hasher.Verifications;
            await accounts.CheckPasswordAsync(email, "wrong-password-9");
            (hasher.Verifications - before).ShouldBe(1, email);
        }
    }

    [Fact]
    public async Task DismissedEmployee_CannotSignIn_AndReinstatedCanAgain()
    {
        var employees = _app.Get<EmployeeService>();
        var id = await CreateEmployeeAsync("bob@example.test");

        (await employees.DismissAsync(id, actingEmployeeId: null)).Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("bob@example.test", BobPassword)).Error.ShouldBe(new SignInRefused());

        (await employees.ReinstateAsync(id)).Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("bob@example.test", BobPassword)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Logout_ClearsTheCookie()
    {
        var client = await _app.SignedInClientAsync();
        var form = await client.GetStringAsync("/account/logout");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync(AccountEndpoints.LogoutPath, new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.Headers.Location!.OriginalString.ShouldBe("/account/login?signedOut=true");
        (await client.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
