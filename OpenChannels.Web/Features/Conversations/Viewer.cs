using System.Security.Claims;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// The employee asking. What they may do is not carried here but read from their current access rights on every
/// question (<see cref="Access.AccessScopes"/>), so a change of rights reaches open tabs and tokens (P-6).
/// </summary>
public sealed record Viewer(int EmployeeId)
{
    public static Viewer? From(ClaimsPrincipal user) =>
        user.EmployeeId() is { } id ? new Viewer(id) : null;
}
