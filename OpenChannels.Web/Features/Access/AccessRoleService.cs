using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// P-1, P-2, P-3: the roles of the access rights — created, renamed, copied and deleted, their levels set, given to
/// employees, departments and groups and taken back. Only someone who may change access rights changes them, and never
/// so that nobody may any more (decision 0013: someone can always repair the rights). Every change is in the security log.
/// </summary>
public sealed class AccessRoleService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, AccessRightsService rights, SecurityLog log)
{
    private const int SearchResults = 20;

    /// <summary>Every role, the predefined ones first, each with its holders by name.</summary>
    public async Task<IReadOnlyList<AccessRoleRow>> ListAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var roles = await db.AccessRoles.AsNoTracking().ToListAsync();
        var holders = await db.AccessRoleHolders.AsNoTracking().ToListAsync();
        var names = (await HoldersAsync(db, includeDismissed: true, CancellationToken.None)).ToDictionary(h => (h.Kind, h.Id), h => h.Name);
        return [.. roles
            .OrderBy(r => r.IsPredefined ? 0 : 1).ThenBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new AccessRoleRow(r.Id, r.Name, r.Kind, r.Levels, [.. holders
                .Where(h => h.RoleId == r.Id)
                .Select(h => new RoleHolderRow(h.Kind, h.HolderId, names.GetValueOrDefault((h.Kind, h.HolderId), $"#{h.HolderId}")))
                .OrderBy(h => h.Kind).ThenBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)]))];
    }

    /// <summary>Employees (not dismissed), departments and groups whose name contains <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<RoleHolderRow>> SearchHoldersAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Matching(await HoldersAsync(db, includeDismissed: false, cancellationToken), text);
    }

    /// <summary>Employees who are not dismissed and whose name contains <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<RoleHolderRow>> SearchEmployeesAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Matching((await HoldersAsync(db, includeDismissed: false, cancellationToken)).Where(h => h.Kind == HolderKind.Employee), text);
    }

    /// <summary>P-3: what an employee may do, and which role gave each level, and how they hold it.</summary>
    public Task<EffectiveRights> RightsOfAsync(int employeeId) => rights.RightsOfAsync(employeeId);

    /// <summary>A custom role with the least of every entity (P-1).</summary>
    public Task<Result<int>> CreateAsync(int actingEmployeeId, string name) => ChangeAsync<int>(actingEmployeeId, "create a role", async db =>
    {
        var role = Role.Custom(name);
        return await AddAsync(db, role);
    }, id => log.AccessRoleCreated(id, null, actingEmployeeId));

    /// <summary>A custom role with the levels of <paramref name="roleId"/>, predefined or not, and none of its holders.</summary>
    public Task<Result<int>> CopyAsync(int actingEmployeeId, int roleId, string name) => ChangeAsync<int>(actingEmployeeId, "copy a role", async db =>
    {
        var source = await db.AccessRoles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roleId);
        return source is null ? new NotFound("Role", roleId) : await AddAsync(db, source.CopyAs(name));
    }, id => log.AccessRoleCreated(id, roleId, actingEmployeeId));

    public Task<Result> RenameAsync(int actingEmployeeId, int roleId, string name) => ChangeAsync(actingEmployeeId, "rename a role", async db =>
    {
        var role = await db.AccessRoles.FirstOrDefaultAsync(r => r.Id == roleId);
        if (role is null)
        {
            return new NotFound("Role", roleId);
        }

        role.Rename(name);
        return await NameTakenAsync(db, role) ?? Result.Ok;
    }, () => log.AccessRoleRenamed(roleId, actingEmployeeId));

    /// <summary>A custom role goes with its holders, who keep what their other roles give.</summary>
    public Task<Result> DeleteAsync(int actingEmployeeId, int roleId) => ChangeAsync(actingEmployeeId, "delete a role", async db =>
    {
        var role = await db.AccessRoles.FirstOrDefaultAsync(r => r.Id == roleId);
        if (role is null)
        {
            return new NotFound("Role", roleId);
        }

        role.EnsureDeletable();
        db.AccessRoleHolders.RemoveRange(await db.AccessRoleHolders.Where(h => h.RoleId == roleId).ToListAsync());
        db.AccessRoles.Remove(role);
        return Result.Ok;
    }, () => log.AccessRoleDeleted(roleId, actingEmployeeId));

    /// <summary>P-2: the levels of the entities given; the Administrator role keeps every one at its widest.</summary>
    public Task<Result> SaveLevelsAsync(int actingEmployeeId, int roleId, IReadOnlyDictionary<Permission, AccessLevel> levels) =>
        ChangeAsync(actingEmployeeId, "change a role's levels", async db =>
        {
            var role = await db.AccessRoles.FirstOrDefaultAsync(r => r.Id == roleId);
            if (role is null)
            {
                return new NotFound("Role", roleId);
            }

            foreach (var (permission, level) in levels)
            {
                if (!Enum.IsDefined(permission))
                {
                    return new InvalidInput("Levels", "This level cannot be chosen for {0}.", permission.ToString());
                }

                role.SetLevel(permission, level);
            }

            return Result.Ok;
        }, () => log.AccessRoleLevelsChanged(roleId, string.Join(", ", levels.Select(l => $"{l.Key}={l.Value}")), actingEmployeeId));

    /// <summary>P-3: gives the role to an employee (not dismissed), a department or a group, once.</summary>
    public Task<Result> AddHolderAsync(int actingEmployeeId, int roleId, HolderKind kind, int holderId) =>
        ChangeAsync(actingEmployeeId, "give a role", async db =>
        {
            if (!Enum.IsDefined(kind))
            {
                return new InvalidInput("Holder", "Choose an employee, a department or a group.");
            }

            if (!await db.AccessRoles.AnyAsync(r => r.Id == roleId))
            {
                return new NotFound("Role", roleId);
            }

            var holder = (await HoldersAsync(db, includeDismissed: true, CancellationToken.None)).FirstOrDefault(h => h.Kind == kind && h.Id == holderId);
            if (holder is null)
            {
                return new NotFound(kind.ToString(), holderId);
            }

            if (kind == HolderKind.Employee && await db.Employees.AnyAsync(e => e.Id == holderId && e.DismissedAt != null))
            {
                return new InvalidInput("Holder", "Choose a colleague who is not dismissed.");
            }

            if (await db.AccessRoleHolders.AnyAsync(h => h.RoleId == roleId && h.Kind == kind && h.HolderId == holderId))
            {
                return new Conflict("{0} already holds this role.", holder.Name);
            }

            db.AccessRoleHolders.Add(new RoleHolder(roleId, kind, holderId));
            await FollowWithTheFlagAsync(db, roleId, kind, holderId, holds: true);
            return Result.Ok;
        }, () => log.AccessRoleGiven(roleId, kind, holderId, actingEmployeeId));

    /// <summary>Takes the role back from a holder; nothing happens when they no longer hold it.</summary>
    public async Task<Result> RemoveHolderAsync(int actingEmployeeId, int roleId, HolderKind kind, int holderId) =>
        (await ChangeAsync<bool>(actingEmployeeId, "take a role back", async db =>
        {
            var held = await db.AccessRoleHolders.FirstOrDefaultAsync(h => h.RoleId == roleId && h.Kind == kind && h.HolderId == holderId);
            if (held is not null)
            {
                db.AccessRoleHolders.Remove(held);
                await FollowWithTheFlagAsync(db, roleId, kind, holderId, holds: false);
            }

            return held is not null;
        }, removed =>
        {
            if (removed)
            {
                log.AccessRoleTaken(roleId, kind, holderId, actingEmployeeId);
            }
        })).WithoutValue();

    /// <summary>The Administrator role held in person moves the account's administrator flag with it.</summary>
    private static async Task FollowWithTheFlagAsync(OpenChannelsDbContext db, int roleId, HolderKind kind, int holderId, bool holds)
    {
        if (kind == HolderKind.Employee && await db.AccessRoles.AnyAsync(r => r.Id == roleId && r.Kind == RoleKind.Administrator))
        {
            await AdministratorRole.FlagAsync(db, holderId, holds);
        }
    }

    /// <summary>
    /// Runs one change in one transaction: refused unless the acting employee may change access rights, and rolled back
    /// when, once saved, nobody (not dismissed) may any more. Checked in the same transaction, so two changes at once
    /// cannot each leave the other as the last one.
    /// </summary>
    private async Task<Result<T>> ChangeAsync<T>(int actingEmployeeId, string change, Func<OpenChannelsDbContext, Task<Result<T>>> write, Action<T> logged)
    {
        var result = await writes.RunAsync<T>(async db =>
        {
            if (!(await AccessRightsService.RightsOfAsync(db, actingEmployeeId, CancellationToken.None)).MayChangeAccessRights)
            {
                return new NotPermitted(Permission.ChangeAccessRights);
            }

            var written = await write(db);
            if (!written.Succeeded)
            {
                return written;
            }

            await db.SaveChangesAsync();
            return await AccessRightsService.AnyoneMayChangeAccessRightsAsync(db) ? written : new NobodyLeftToChangeRights();
        });
        if (result.Succeeded)
        {
            logged(result.Value);
        }
        else if (result.Error is NotPermitted)
        {
            log.AccessRightsChangeRefused(actingEmployeeId, change);
        }

        return result;
    }

    private async Task<Result> ChangeAsync(int actingEmployeeId, string change, Func<OpenChannelsDbContext, Task<Result>> write, Action logged) =>
        (await ChangeAsync<bool>(
            actingEmployeeId,
            change,
            async db => await write(db) is { Succeeded: false } failed ? failed.Error : true,
            _ => logged())).WithoutValue();

    private static async Task<Result<int>> AddAsync(OpenChannelsDbContext db, Role role)
    {
        if (await NameTakenAsync(db, role) is { } taken)
        {
            return taken;
        }

        db.AccessRoles.Add(role);
        await db.SaveChangesAsync();
        return role.Id;
    }

    /// <summary>Role names are unique ignoring case, and none may be a predefined role's name in any of the app's languages.</summary>
    private static async Task<Error?> NameTakenAsync(OpenChannelsDbContext db, Role role)
    {
        var others = await db.AccessRoles.AsNoTracking().Where(r => r.Id != role.Id).Select(r => r.Name).ToListAsync();
        return others.Concat(RoleNames.OfPredefinedRoles()).Any(name => string.Equals(name, role.Name, StringComparison.OrdinalIgnoreCase))
            ? new InvalidInput("Name", "There is already a role named {0}.", role.Name)
            : null;
    }

    /// <summary>Everyone a role can be given to, by name: employees, departments and groups.</summary>
    private static async Task<IReadOnlyList<RoleHolderRow>> HoldersAsync(OpenChannelsDbContext db, bool includeDismissed, CancellationToken cancellationToken)
    {
        var employees = await db.Employees.AsNoTracking()
            .Where(e => includeDismissed || e.DismissedAt == null)
            .Select(e => new { e.Id, e.FirstName, e.LastName })
            .ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var groups = await db.EmployeeGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
        return [
            .. employees.Select(e => new RoleHolderRow(HolderKind.Employee, e.Id, $"{e.FirstName} {e.LastName}".Trim())),
            .. departments.Select(d => new RoleHolderRow(HolderKind.Department, d.Id, d.Name)),
            .. groups.Select(g => new RoleHolderRow(HolderKind.Group, g.Id, g.Name)),
        ];
    }

    private static RoleHolderRow[] Matching(IEnumerable<RoleHolderRow> holders, string? text) =>
    [
        .. holders
            .Where(h => string.IsNullOrWhiteSpace(text) || h.Name.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(h => h.Kind).ThenBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(SearchResults),
    ];
}
