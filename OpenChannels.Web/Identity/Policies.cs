using Microsoft.AspNetCore.Authorization;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Every authorization decision of pages and endpoints goes through one of these named policies, so the
/// access-rights model (SPEC P) changes what a policy means in this one place.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in employee.</summary>
    public const string Employee = "Employee";

    /// <summary>Settings, people, channels and the job dashboard.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Any signed-in employee calling the agent REST API with a personal access token.</summary>
    public const string ApiEmployee = "ApiEmployee";

    public const string EmployeeIdClaim = "openchannels:employee_id";

    public const string DisplayNameClaim = "openchannels:name";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Employee, policy => policy.RequireAuthenticatedUser().RequireClaim(EmployeeIdClaim));
        options.AddPolicy(ApiEmployee, policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim));
        options.AddPolicy(Administrator, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim)
            .RequireRole(Roles.Administrator));
    }
}
