using MudBlazor;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>The icons of the access-rights screens: the Administrator role is locked, the other predefined roles shielded.</summary>
public static class AccessIcons
{
    public static string Of(RoleKind kind) => kind switch
    {
        RoleKind.Administrator => Icons.Material.Filled.Lock,
        RoleKind.Custom => Icons.Material.Outlined.Badge,
        _ => Icons.Material.Outlined.Shield,
    };

    public static string Of(HolderKind kind) => kind switch
    {
        HolderKind.Department => Icons.Material.Filled.AccountTree,
        HolderKind.Group => Icons.Material.Filled.Groups,
        _ => Icons.Material.Filled.Person,
    };
}
