using System.Security.Claims;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>The employee asking, as the messenger's rules need them.</summary>
public sealed record Viewer(int EmployeeId, bool IsAdministrator)
{
    public static Viewer? From(ClaimsPrincipal user) =>
        user.EmployeeId() is { } id ? new Viewer(id, user.IsAdministrator()) : null;
}
