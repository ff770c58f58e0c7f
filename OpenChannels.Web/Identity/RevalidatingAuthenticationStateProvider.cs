using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Re-checks an open circuit's user every minute: a dismissed employee, a changed password or role (new security
/// stamp), or a session signed out elsewhere ends the open tab too, not only on the next page load.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (authenticationState.User.FindFirstValue(SessionStore.SessionClaim) is { } session
            && !await scope.ServiceProvider.GetRequiredService<SessionStore>().ExistsAsync(session, cancellationToken))
        {
            return false;
        }

        if (authenticationState.User.IsInRole(Roles.Administrator) != await users.IsInRoleAsync(user, Roles.Administrator))
        {
            return false;
        }

        var stamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return !users.SupportsUserSecurityStamp || stamp == await users.GetSecurityStampAsync(user);
    }
}
