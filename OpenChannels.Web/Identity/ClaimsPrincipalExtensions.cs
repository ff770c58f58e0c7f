using System.Globalization;
using System.Security.Claims;

namespace OpenChannels.Web.Identity;

public static class ClaimsPrincipalExtensions
{
    public static int? EmployeeId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Policies.EmployeeIdClaim), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
}
