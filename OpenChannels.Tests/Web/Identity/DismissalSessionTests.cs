using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>A dismissed employee's open sessions end: dismissal changes the security stamp, which both checks compare.</summary>
public sealed class DismissalSessionTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private int _bea;

    public async Task InitializeAsync() => _bea = await new Scenario(_app).AddAgentAsync("Bea");

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ADismissedEmployeesSignInCookie_IsRefused_OnceTheOneMinuteCheckComes()
    {
        var bea = await _app.SignedInClientAsync("bea@example.test", "agent-pass-1");
        (await bea.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _app.Get<EmployeeService>().DismissAsync(_bea, actingEmployeeId: null)).ShouldSucceed();
        _app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        var after = await bea.GetAsync("/contact-center");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain(AccountEndpoints.LoginPath);
    }

    [Fact]
    public async Task ADismissedEmployeesOpenTab_FailsTheCircuitsRevalidation()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().ShouldBeOfType<RevalidatingAuthenticationStateProvider>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleAsync(u => u.EmployeeId == _bea);
        var signedIn = new AuthenticationState(await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(user));
        (await RevalidateAsync(provider, signedIn)).ShouldBeTrue();

        (await _app.Get<EmployeeService>().DismissAsync(_bea, actingEmployeeId: null)).ShouldSucceed();

        (await RevalidateAsync(provider, signedIn)).ShouldBeFalse();
    }

    /// <summary>
    /// The check the open tab runs every minute. Its base class calls it on a real-time loop, so the test calls the
    /// check itself.
    /// </summary>
    private static Task<bool> RevalidateAsync(RevalidatingAuthenticationStateProvider provider, AuthenticationState state) =>
        (Task<bool>)typeof(RevalidatingAuthenticationStateProvider)
            .GetMethod("ValidateAuthenticationStateAsync", BindingFlags.NonPublic | BindingFlags.Instance)!
            .Invoke(provider, [state, CancellationToken.None])!;
}
