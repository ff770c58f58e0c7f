using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>A role as the access-rights page shows it: its level of every entity, and whom it is given to.</summary>
public sealed record AccessRoleRow(
    int Id,
    string Name,
    RoleKind Kind,
    IReadOnlyDictionary<Permission, AccessLevel> Levels,
    IReadOnlyList<RoleHolderRow> Holders)
{
    public bool IsPredefined => Kind != RoleKind.Custom;
}
