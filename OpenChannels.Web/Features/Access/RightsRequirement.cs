using Microsoft.AspNetCore.Authorization;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// A policy's demand on the access rights (P-6): met when the signed-in employee's current rights — read through
/// <see cref="AccessScopes"/>, not from their cookie or token — satisfy <see cref="Allows"/>.
/// </summary>
public sealed class RightsRequirement(string description, Func<EffectiveRights, bool> allows) : IAuthorizationRequirement
{
    public string Description { get; } = description;

    public Func<EffectiveRights, bool> Allows { get; } = allows;

    public override string ToString() => Description;
}

public sealed class RightsRequirementHandler(AccessScopes scopes) : AuthorizationHandler<RightsRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RightsRequirement requirement)
    {
        if (context.User.EmployeeId() is { } employeeId && requirement.Allows((await scopes.OfAsync(employeeId)).Rights))
        {
            context.Succeed(requirement);
        }
    }
}
