using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Infrastructure;

/// <summary>
/// Https:Enabled, behind a proxy listed in Network:KnownProxies that terminates TLS and says so in X-Forwarded-Proto:
/// plain HTTP is redirected, HTTPS answers carry HSTS, cookies are Secure. Off (the default), nothing of it.
/// </summary>
public sealed class HttpsTests
{
    private const string Proxy = "10.0.0.7";
    private const string Site = "http://openchannels.example";

    private static TestApp App(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string> { ["Https:Enabled"] = "true", ["Network:KnownProxies:0"] = Proxy };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new TestApp(settings: settings);
    }

    /// <summary>A request as the proxy at <paramref name="peer"/> passes it on, for a browser that used <paramref name="scheme"/>.</summary>
    private static HttpRequestMessage Forwarded(string path, string scheme, string peer = Proxy)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Site + path);
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return request;
    }

    [Fact]
    public async Task WhenEnabled_AnHttpsAnswer_CarriesHsts_APlainHttpOneDoesNot()
    {
        using var app = App();
        var client = app.AnonymousClient();

        var secure = await client.SendAsync(Forwarded("/account/login", "https"));
        var plain = await client.SendAsync(Forwarded("/account/login", "http"));
        var notFound = await client.SendAsync(Forwarded("/no-such-page", "https"));

        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notFound.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
        plain.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task OnKestrel_AProxyOnThisMachine_GetsHstsForHttps_AndARedirectForPlainHttp()
    {
        using var app = new TestApp(kestrel: true, settings: new Dictionary<string, string>
        {
            ["Https:Enabled"] = "true",
            ["Network:KnownProxies:0"] = "127.0.0.1",
        });
        app.StartServer();
        using var proxy = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.ServerAddress };

        HttpRequestMessage Forwarded(string scheme)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            request.Headers.Host = "openchannels.example";
            request.Headers.Add("X-Forwarded-Proto", scheme);
            return request;
        }

        var secure = await proxy.SendAsync(Forwarded("https"));
        var plain = await proxy.SendAsync(Forwarded("http"));

        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
        plain.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        plain.Headers.Location.ShouldBe(new Uri("https://openchannels.example/account/login"));
    }

    [Fact]
    public async Task WhenEnabled_LocalhostNeverGetsHsts_ItWouldPinEveryOtherSiteThere()
    {
        using var app = App();
        var client = app.AnonymousClient();

        var response = await client.GetAsync("https://localhost/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task WhenEnabled_PlainHttp_IsRedirectedToTheSameAddressOverHttps_ButHealthIsNot()
    {
        using var app = App();
        var client = app.AnonymousClient();

        var throughProxy = await client.SendAsync(Forwarded("/account/login?returnUrl=%2Femployees", "http"));
        var direct = await client.GetAsync(Site + "/employees");
        var health = await client.GetAsync(Site + "/health");

        throughProxy.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        throughProxy.Headers.Location.ShouldBe(new Uri("https://openchannels.example/account/login?returnUrl=%2Femployees"));
        direct.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        direct.Headers.Location.ShouldBe(new Uri("https://openchannels.example/employees"));
        health.StatusCode.ShouldBe(HttpStatusCode.OK, "container health checks call the app's own plain-HTTP port");
    }

    [Fact]
    public async Task AnUnlistedPeer_CannotClaimHttps_ItIsRedirected()
    {
        using var app = App();

        var response = await app.AnonymousClient().SendAsync(Forwarded("/account/login", "https", peer: "10.0.0.8"));

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task ThePublicPort_AndTheHstsSettings_AreTheOperatorsOwn()
    {
        using var app = App(("Https:PublicPort", "8443"), ("Https:HstsMaxAgeDays", "30"), ("Https:HstsIncludeSubDomains", "true"));
        var client = app.AnonymousClient();

        var plain = await client.SendAsync(Forwarded("/account/login", "http"));
        var secure = await client.SendAsync(Forwarded("/account/login", "https"));

        plain.Headers.Location.ShouldBe(new Uri("https://openchannels.example:8443/account/login"));
        secure.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=2592000; includeSubDomains"]);
    }

    [Fact]
    public async Task WhenDisabled_PlainHttpIsServed_AndNoAnswerCarriesHsts()
    {
        using var app = new TestApp();
        var client = app.AnonymousClient();

        var plain = await client.GetAsync(Site + "/account/login");
        var secure = await client.GetAsync("https://openchannels.example/account/login");

        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task WhenEnabled_TheSignInCookie_IsAlwaysSecure_AndSoIsEveryOtherCookieOfTheSignIn()
    {
        using var app = App();
        var userId = (await app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var ticket = await app.Get<SignInTicketService>()
            .IssueAsync(userId, rememberMe: true, SignInBrowserBinding.Hash(TestApp.BrowserNonce));
        var request = TestApp.CompleteSignIn(ticket);
        request.RequestUri = new Uri(Site + request.RequestUri!.OriginalString);
        request.Headers.Add(TestPeerAddress.Header, Proxy);
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldContain(c => c.StartsWith("OpenChannels.Auth=", StringComparison.Ordinal));
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        var options = app.Get<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        options.Cookie.SecurePolicy.ShouldBe(CookieSecurePolicy.Always);
    }
}
