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
        return EffectiveRights.Of(await GrantedRolesAsync(db, employeeId, cancellationToken));
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
