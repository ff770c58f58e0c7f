using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Routing;

public sealed class TestingEndpointsTests
{
    [Fact]
    public async Task InTesting_TheClockAdvancesAndSweepsRunOnDemand()
    {
        using var app = new TestApp();
        var before = app.Clock.GetUtcNow();

        var advanced = await app.CreateClient().PostAsync("/testing/clock/advance?seconds=90", null);
        var sweep = await app.CreateClient().PostAsync("/testing/sweeps/idle", null);

        advanced.StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.GetUtcNow().ShouldBe(before.AddSeconds(90));
        (await sweep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handled").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task InAnyOtherEnvironment_TheTestEndpointsDoNotExist(string environment)
    {
        using var app = new TestApp().WithWebHostBuilder(b => b.UseEnvironment(environment));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/testing/clock/advance?seconds=90", null);

        // Answered exactly as a path that never existed is: a POST there is refused with 400.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsync("/no-such-path", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .ShouldNotContain(e => e.RoutePattern.RawText!.StartsWith("/testing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InTesting_ACallerFromAnotherMachine_IsRefused()
    {
        using var app = new TestApp();
        var before = app.Clock.GetUtcNow();

        var context = await app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.5");
            c.Request.Method = "POST";
            c.Request.Path = "/testing/clock/advance";
            c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?seconds=90");
        });

        context.Response.StatusCode.ShouldBe(403);
        app.Clock.GetUtcNow().ShouldBe(before);
    }

    [Fact]
    public async Task InProduction_TheDemoWebsite_IsForSignedInAdministratorsOnly()
    {
        using var app = new TestApp();
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var anonymous = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/demo");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
        (await app.AnonymousClient().GetAsync("/demo")).StatusCode.ShouldBe(HttpStatusCode.OK, "open in Testing and Development");
    }
}
