using Microsoft.AspNetCore.Authorization;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Features.Access;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Every authorization decision of pages and endpoints goes through one of these named policies, so the
/// access-rights model (SPEC P) changes what a policy means in this one place.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in employee.</summary>
    public const string Employee = "Employee";

    /// <summary>
    /// Settings, people, departments, groups, access rights, API tokens of others and the job dashboard: "change access
    /// rights" (P-2's common settings), which the Administrator role has and the Director and Manager roles have not.
    /// </summary>
    public const string Settings = "Settings";

    /// <summary>
    /// The open channels pages: some level to see, change or connect open channels. Which channels, and what may be done
    /// to each, the pages and services decide with the viewer's <see cref="AccessScope"/>.
    /// </summary>
    public const string OpenChannels = "OpenChannels";

    /// <summary>
    /// The conversation list and the reports: some conversation-list ("statistics") level. Which conversations they
    /// count, <see cref="Features.Statistics.StatisticsScope"/> decides.
    /// </summary>
    public const string Statistics = "Statistics";

    /// <summary>The CRM pages (CRM-1): some level to see CRM items. Which items, <see cref="Features.Crm.CrmService"/> decides.</summary>
    public const string Crm = "Crm";

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
        options.AddPolicy(Settings, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim)
            .AddRequirements(new RightsRequirement("change access rights", rights => rights.MayChangeAccessRights)));
        options.AddPolicy(OpenChannels, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim)
            .AddRequirements(new RightsRequirement("see, change or connect open channels", MayWorkOnOpenChannels)));
        options.AddPolicy(Statistics, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim)
            .AddRequirements(new RightsRequirement("see the conversation list", Features.Statistics.StatisticsScope.MayView)));
        options.AddPolicy(Crm, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(EmployeeIdClaim)
            .AddRequirements(new RightsRequirement("see CRM items", CrmAccess.MayUse)));
    }

    /// <summary>Any level to see, change or connect open channels opens the Open channels pages.</summary>
    public static bool MayWorkOnOpenChannels(EffectiveRights rights) =>
        rights[Permission.ViewOpenChannels] != AccessLevel.None
        || rights[Permission.ModifyOpenChannels] != AccessLevel.None
        || rights[Permission.ConnectChannels] != AccessLevel.None;
}
