using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>Sessions live on the server: signing out, a role change or a dismissal ends them, copied cookies included.</summary>
public sealed partial class SessionTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SigningOut_EndsTheSessionOnTheServer_ACopiedCookieStopsWorking()
    {
        var cookie = await _app.SignInCookieAsync();
        var copy = Browser(cookie);
        (await copy.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await SignOutAsync(cookie);

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedOut.Content.ReadAsStringAsync());
        signedOut.Headers.Location!.OriginalString.ShouldContain("signedOut=true");
        var after = await copy.GetAsync("/contact-center");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain(AccountEndpoints.LoginPath);
        (await _app.QueryAsync(db => db.AuthSessions.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ADismissal_EndsEveryBrowserOfTheEmployee_AtOnce()
    {
        var bea = await new Scenario(_app).AddAgentAsync("Bea");
        var first = Browser(await _app.SignInCookieAsync("bea@example.test", "agent-pass-1"));
        var second = Browser(await _app.SignInCookieAsync("bea@example.test", "agent-pass-1"));

        (await _app.Get<EmployeeService>().DismissAsync(bea, actingEmployeeId: null)).ShouldSucceed();

        (await first.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ADemotedAdministrator_LosesTheAdministrationPages_WithinAMinute()
    {
        var employees = _app.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Max", Email = "max@example.test", Password = "max-pass-2026", IsAdministrator = true })).ShouldSucceed();
        var max = Browser(await _app.SignInCookieAsync("max@example.test", "max-pass-2026"));
        (await max.GetAsync("/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var form = (await employees.GetAsync(id))!.Form;
        form.IsAdministrator = false;
        (await employees.UpdateAsync(id, form)).ShouldSucceed();
        _app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        var after = await max.GetAsync("/employees");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain(AccountEndpoints.LoginPath);
    }

    [Fact]
    public async Task AForgedSignOut_WithoutTheFormsToken_IsAPlain400_AndSignsNobodyOut()
    {
        var cookie = await _app.SignInCookieAsync();

        var response = await Browser(cookie).PostAsync(AccountEndpoints.LogoutPath, new FormUrlEncodedContent([]));
        var anonymous = await _app.AnonymousClient().PostAsync(AccountEndpoints.LogoutPath, new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Browser(cookie).GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A browser holding this cookie, and nothing else.</summary>
    private HttpClient Browser(string cookie)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Signs out as the sign-out page does: its form, with its antiforgery token and cookie.</summary>
    private async Task<HttpResponseMessage> SignOutAsync(string cookie)
    {
        var page = await Browser(cookie).GetAsync("/account/logout");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)));
        var browser = Browser($"{cookie}; {antiforgeryCookie}");
        return await browser.PostAsync(AccountEndpoints.LogoutPath, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    [GeneratedRegex("__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
