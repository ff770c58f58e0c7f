using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Departments;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// P-3: the rights of one employee, from every role they hold — given to them, to their department or any department
/// above it (a role given to a department reaches its sub-departments' members), or to a group they are in. Read from
/// the data each time, so a change applies at once (P-6).
/// </summary>
public sealed class AccessRightsService(IDbContextFactory<OpenChannelsDbContext> contexts)
{
    public async Task<EffectiveRights> RightsOfAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RightsOfAsync(db, employeeId, cancellationToken);
    }

    /// <summary>The same, read in the caller's context: inside a write, the rights as that write sees them.</summary>
    internal static async Task<EffectiveRights> RightsOfAsync(OpenChannelsDbContext db, int employeeId, CancellationToken cancellationToken) =>
        EffectiveRights.Of(await GrantedRolesAsync(db, employeeId, cancellationToken));

    /// <summary>
    /// P-1: whether at least one employee who is not dismissed may change access rights, as the caller's context sees
    /// the data (a write checks it after saving and before committing). The level of an entity is the most permissive
    /// of the roles held, so someone may change rights exactly when one role that says "yes" reaches them: by name,
    /// through their department or one above it, or through a group — read from those roles' holders, without working
    /// out everyone's rights.
    /// </summary>
    internal static async Task<bool> AnyoneMayChangeAccessRightsAsync(OpenChannelsDbContext db, CancellationToken cancellationToken = default)
    {
        var roleIds = (await db.AccessRoles.AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => r.LevelOf(Permission.ChangeAccessRights) == AccessLevel.All)
            .Select(r => r.Id)
            .ToList();
        var holders = await db.AccessRoleHolders.AsNoTracking().Where(h => roleIds.Contains(h.RoleId)).ToListAsync(cancellationToken);
        var direct = holders.Where(h => h.Kind == HolderKind.Employee).Select(h => h.HolderId).ToHashSet();
        var groupIds = holders.Where(h => h.Kind == HolderKind.Group).Select(h => h.HolderId).ToHashSet();
        var inGroups = (await db.EmployeeGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToListAsync(cancellationToken))
            .SelectMany(g => g.MemberIds)
            .ToHashSet();
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(cancellationToken);
        var tree = new DepartmentTree(departments.Select(d => (d.Id, d.ParentId)));
        var reached = holders.Where(h => h.Kind == HolderKind.Department).SelectMany(h => tree.SelfAndDescendants(h.HolderId)).ToHashSet();
        var employees = await db.Employees.AsNoTracking().Where(e => e.DismissedAt == null).Select(e => new { e.Id, e.DepartmentId }).ToListAsync(cancellationToken);
        return employees.Any(e => direct.Contains(e.Id) || inGroups.Contains(e.Id) || (e.DepartmentId is { } department && reached.Contains(department)));
    }

    /// <summary>Every role the employee holds, with how they hold it (for the "effective rights" view).</summary>
    internal static async Task<IReadOnlyList<GrantedRole>> GrantedRolesAsync(OpenChannelsDbContext db, int employeeId, CancellationToken cancellationToken)
    {
        var departmentId = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.DepartmentId).SingleOrDefaultAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId, d.Name }).ToListAsync(cancellationToken);
        var tree = new DepartmentTree(departments.Select(d => (d.Id, d.ParentId)));

        // The employee's department and every one above it: a role given to any of them reaches the employee.
        var above = departmentId is { } own ? tree.SelfAndAncestors(own).ToHashSet() : [];
        var groups = (await db.EmployeeGroups.AsNoTracking().ToListAsync(cancellationToken))
            .Where(g => g.MemberIds.Contains(employeeId))
            .ToDictionary(g => g.Id, g => g.Name);

        var holders = await db.AccessRoleHolders.AsNoTracking()
            .Where(h => (h.Kind == HolderKind.Employee && h.HolderId == employeeId)
                || (h.Kind == HolderKind.Department && above.Contains(h.HolderId))
                || (h.Kind == HolderKind.Group && groups.Keys.Contains(h.HolderId)))
            .ToListAsync(cancellationToken);
        var roleIds = holders.Select(h => h.RoleId).Distinct().ToList();
        var roles = await db.AccessRoles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var departmentNames = departments.ToDictionary(d => d.Id, d => d.Name);
        return [.. holders.Select(h => new GrantedRole(roles[h.RoleId], h.Kind, h.Kind switch
        {
            HolderKind.Department => departmentNames[h.HolderId],
            HolderKind.Group => groups[h.HolderId],
            _ => string.Empty,
        }))];
    }
}
