using System.Globalization;
using System.Security.Claims;

namespace OpenChannels.Web.Identity;

public static class ClaimsPrincipalExtensions
{
    public static int? EmployeeId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Policies.EmployeeIdClaim), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The employee's name as of sign-in; the e-mail when there is none.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(Policies.DisplayNameClaim) ?? user.Identity?.Name ?? string.Empty;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
}
