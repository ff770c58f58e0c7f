using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>The levels of a role being edited: one per entity (P-2).</summary>
public sealed class RoleLevelsForm
{
    public Dictionary<Permission, AccessLevel> Levels { get; init; } = [];

    public static RoleLevelsForm Of(AccessRoleRow role) => new() { Levels = new Dictionary<Permission, AccessLevel>(role.Levels) };
}
