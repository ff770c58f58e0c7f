using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>Puts the employee's id and name into the cookie so pages know who is asking without a query.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    OpenChannelsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Policies.EmployeeIdClaim, user.EmployeeId.ToString(CultureInfo.InvariantCulture)));
        var name = await db.Employees.Where(e => e.Id == user.EmployeeId)
            .Select(e => e.LastName == string.Empty ? e.FirstName : e.FirstName + " " + e.LastName)
            .FirstOrDefaultAsync();
        identity.AddClaim(new Claim(Policies.DisplayNameClaim, name ?? user.Email ?? string.Empty));
        return identity;
    }
}
