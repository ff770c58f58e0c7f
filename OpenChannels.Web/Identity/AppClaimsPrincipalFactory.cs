using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenChannels.Web.Identity;

/// <summary>Puts the employee id into the cookie so pages know whose data to show without a query.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Policies.EmployeeIdClaim, user.EmployeeId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
