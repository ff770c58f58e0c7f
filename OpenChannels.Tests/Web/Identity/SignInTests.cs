using System.Net;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

public sealed class SignInTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Ticket_SignsInOnce_AndRedirectsToTheLocalReturnUrl()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await _app.Get<SignInTicketService>().IssueAsync(userId, rememberMe: false);
        var client = _app.AnonymousClient();

        var first = await client.GetAsync($"/account/complete-sign-in?ticket={ticket}&returnUrl=%2Femployees");
        first.Headers.Location!.OriginalString.ShouldBe("/employees");
        (await client.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var replay = await _app.AnonymousClient().GetAsync($"/account/complete-sign-in?ticket={ticket}");
        replay.Headers.Location!.OriginalString.ShouldBe("/account/login?expired=true");
    }

    [Fact]
    public async Task Ticket_AfterItsMinute_IsRefused()
    {
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await _app.Get<SignInTicketService>().IssueAsync(userId, rememberMe: false);
        _app.Clock.Advance(TimeSpan.FromSeconds(61));

        var response = await _app.AnonymousClient().GetAsync($"/account/complete-sign-in?ticket={ticket}");

        response.Headers.Location!.OriginalString.ShouldBe("/account/login?expired=true");
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
    public async Task WrongPassword_FiveTimes_LocksTheAccount()
    {
        var accounts = _app.Get<AccountService>();
        for (var i = 0; i < 4; i++)
        {
            (await accounts.CheckPasswordAsync(TestApp.AdminEmail, "wrong")).ShouldFail().Message.ShouldBe("Wrong e-mail or password.");
        }

        var fifth = await accounts.CheckPasswordAsync(TestApp.AdminEmail, "wrong");
        var sixth = await accounts.CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        fifth.Error.ShouldBeOfType<Conflict>().Message.ShouldStartWith("Too many failed attempts.");
        sixth.Error.ShouldBeOfType<Conflict>();
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameAnswerAsAWrongPassword()
    {
        var result = await _app.Get<AccountService>().CheckPasswordAsync("nobody@example.test", "whatever-123");

        result.ShouldFail().Message.ShouldBe("Wrong e-mail or password.");
    }

    [Fact]
    public async Task DismissedEmployee_CannotSignIn_AndReinstatedCanAgain()
    {
        var employees = _app.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Bob", Email = "bob@example.test", Password = "bob-pass-123" })).Value;

        (await employees.DismissAsync(id, actingEmployeeId: null)).Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("bob@example.test", "bob-pass-123"))
            .ShouldFail().Message.ShouldBe("This account is disabled. Ask an administrator.");

        (await employees.ReinstateAsync(id)).Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("bob@example.test", "bob-pass-123")).Succeeded.ShouldBeTrue();
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
