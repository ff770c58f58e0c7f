using System.Net;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Infrastructure;

namespace OpenChannels.Tests.Web.Infrastructure;

/// <summary>Security headers on pages, files and APIs (every browser test also fails on a CSP violation).</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/contact-center")]
    [InlineData("/employees")]
    public async Task Pages_HaveTheFullPolicy_NeverFramed_NotSniffed_NotCached(string path)
    {
        var client = await _app.SignedInClientAsync();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldBe(SecurityHeaders.AppPolicy);
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-eval");
        csp.ShouldContain("script-src 'self';");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task TheWidgetApi_IsNotGivenTheAppsFramePolicy_ButIsNotSniffed()
    {
        var scenario = await Scenario.CreateAsync(_app);

        var response = await _app.AnonymousClient().GetAsync($"/api/widget/{scenario.Key}/config");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Content-Security-Policy").ShouldBeFalse();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task AnEmployeePhoto_IsPrivate_AndNotSniffed()
    {
        var client = await _app.SignedInClientAsync();
        var id = await _app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Employees.Select(e => e.Id)));
        await _app.Get<OpenChannels.Web.Features.Employees.EmployeeService>().ReplacePhotoAsync(id, new MemoryStream(TestImages.Png));

        var response = await client.GetAsync($"/employees/{id}/photo");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }
}
