using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Identity;

public sealed class AuthorizationTests : IDisposable
{
    // The only routes a stranger may reach: sign-in, set-up, health, and what the browser loads to show them.
    private static readonly string[] Anonymous =
    [
        "account/login", "account/logout", "account/sign-out", "account/complete-sign-in", "setup", "health", "not-found", "error",
        "_blazor", "_framework",

        // The language switch of the sign-in page: it only sets the language cookie and goes back (local paths only).
        "culture",

        // The live-chat widget's public API and the demo website: visitors prove who they are with a session token.
        "api/widget/", "demo", "openapi/",

        // The bot API: a webhook bot proves who it is with its own token, checked by the group's filter (WebhookBotTests).
        "api/bots/",

        // The API inbox: the caller proves who it is with the connector's token, checked by the group's filter (ApiInboxTests).
        "api/inbox/",

        // Telegram's webhook: Telegram proves it is calling with the connector's secret header (TelegramWebhookTests).
        "api/telegram/",

        // Test-only clock and sweeps: mapped in the Testing environment alone (TestingEndpointsTests proves it).
        "testing/",

        // The static-file fallback of the build output: matches only paths that name a file (css, js, images).
        "{**path:file}",
    ];

    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void EveryEndpoint_DecidesWhoMayCall_AndOnlyTheKnownOnesAreOpen()
    {
        _ = _app.Server;
        var endpoints = _app.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var undecided = endpoints
            .Where(e => !e.Metadata.OfType<IAuthorizeData>().Any() && !e.Metadata.OfType<IAllowAnonymous>().Any())
            .Select(e => e.RoutePattern.RawText!)
            .Where(route => !Anonymous.Any(open => route.TrimStart('/').StartsWith(open, StringComparison.Ordinal)))
            .ToList();
        var open = endpoints
            .Where(e => e.Metadata.OfType<IAllowAnonymous>().Any() && !e.Metadata.OfType<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !Anonymous.Any(allowed => route.StartsWith(allowed, StringComparison.Ordinal)))
            .ToList();

        undecided.ShouldBeEmpty("These endpoints have no authorization decision");
        open.ShouldBeEmpty("These endpoints are open to anyone");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/employees")]
    [InlineData("/departments")]
    [InlineData("/open-channels")]
    [InlineData("/employees/1/photo")]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        var response = await _app.AnonymousClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task JobDashboard_IsForAdministratorsOnly()
    {
        await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Agent", Email = "agent@example.test", Password = "agent-pass-1" });
        var admin = await _app.SignedInClientAsync();
        var agent = await _app.SignedInClientAsync("agent@example.test", "agent-pass-1");

        (await admin.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await agent.GetAsync("/jobs");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await _app.AnonymousClient().GetAsync("/jobs")).Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Theory]
    [InlineData("/employees")]
    [InlineData("/departments")]
    [InlineData("/open-channels")]
    [InlineData("/api-tokens")]
    [InlineData("/settings/api-tokens")]
    [InlineData("/employees/groups")]
    [InlineData("/open-channels/access-rights")]
    [InlineData("/settings")]
    public async Task AdministrationPages_AreRefusedToAgents(string path)
    {
        await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Agent", Email = "agent@example.test", Password = "agent-pass-1" });
        var agent = await _app.SignedInClientAsync("agent@example.test", "agent-pass-1");

        var response = await agent.GetAsync(path);

        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await agent.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
