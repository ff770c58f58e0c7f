using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Support;

/// <summary>
/// bUnit with MudBlazor, and the application's real services on a real SQLite file (from <see cref="TestApp"/>),
/// so a component's logic meets the same rules the server applies.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    protected ComponentTestBase(bool bootstrapAdmin = true)
    {
        App = new TestApp(bootstrapAdmin);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOpenChannelsLocalization();
        var auth = Auth = AddAuthorization();
        auth.SetAuthorized(TestApp.AdminEmail);
        auth.SetRoles(OpenChannels.Web.Identity.Roles.Administrator);
        auth.SetClaims(new System.Security.Claims.Claim(OpenChannels.Web.Identity.Policies.EmployeeIdClaim, "1"));
        auth.SetPolicies(OpenChannels.Web.Identity.Policies.Employee, OpenChannels.Web.Identity.Policies.Settings, OpenChannels.Web.Identity.Policies.OpenChannels);
        Services.AddFallbackServiceProvider(App.Services);

        // Last: the renderer is built from the services, which are then closed for registration.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected TestApp App { get; }

    /// <summary>Who the components see signed in (the bootstrap administrator unless a test says otherwise).</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Auth { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        App.Dispose();
    }
}
