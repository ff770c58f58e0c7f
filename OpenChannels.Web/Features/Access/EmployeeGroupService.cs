using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Access;

/// <summary>P-3: groups, named sets of employees who share no department, to give a role to together.</summary>
public sealed class EmployeeGroupService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<IReadOnlyList<EmployeeGroupRow>> ListAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var groups = await db.EmployeeGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync();
        var names = await db.Employees.AsNoTracking().Select(e => new { e.Id, e.FirstName, e.LastName }).ToDictionaryAsync(e => e.Id, e => $"{e.FirstName} {e.LastName}".Trim());
        var roles = await db.AccessRoleHolders.AsNoTracking().Where(h => h.Kind == HolderKind.Group)
            .Join(db.AccessRoles, h => h.RoleId, r => r.Id, (h, r) => new { h.HolderId, r.Name })
            .ToListAsync();
        return [.. groups.Select(g => new EmployeeGroupRow(
            g.Id,
            g.Name,
            g.MemberIds,
            [.. g.MemberIds.Where(names.ContainsKey).Select(id => names[id]).Order(StringComparer.CurrentCultureIgnoreCase)],
            [.. roles.Where(r => r.HolderId == g.Id).Select(r => r.Name).Order(StringComparer.CurrentCultureIgnoreCase)]))];
    }

    /// <summary>Whoever may be put in a group: every employee who is not dismissed, by name.</summary>
    public async Task<IReadOnlyList<GroupMember>> CandidatesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var employees = await db.Employees.AsNoTracking().Where(e => e.DismissedAt == null)
            .OrderBy(e => e.FirstName).ThenBy(e => e.LastName).ToListAsync();
        return [.. employees.Select(e => new GroupMember(e.Id, e.FullName))];
    }

    public Task<Result<int>> CreateAsync(string name, IReadOnlyCollection<int> memberIds) => writes.RunAsync<int>(async db =>
    {
        var group = new EmployeeGroup(name, memberIds);
        if (await CheckAsync(db, group, memberIds) is { } refused)
        {
            return refused;
        }

        db.EmployeeGroups.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    });

    public Task<Result> UpdateAsync(int id, string name, IReadOnlyCollection<int> memberIds) => writes.RunAsync(async db =>
    {
        var group = await db.EmployeeGroups.FirstOrDefaultAsync(g => g.Id == id);
        if (group is null)
        {
            return new NotFound("Group", id);
        }

        group.Rename(name);
        group.ReplaceMembers(memberIds);
        return await CheckAsync(db, group, memberIds) is { } refused ? refused : await SomeoneKeepsTheRightAsync(db);
    });

    /// <summary>The group goes, and the roles given to it with it; its members keep what they hold otherwise.</summary>
    public Task<Result> DeleteAsync(int id) => writes.RunAsync(async db =>
    {
        var group = await db.EmployeeGroups.FirstOrDefaultAsync(g => g.Id == id);
        if (group is null)
        {
            return new NotFound("Group", id);
        }

        db.AccessRoleHolders.RemoveRange(await db.AccessRoleHolders.Where(h => h.Kind == HolderKind.Group && h.HolderId == id).ToListAsync());
        db.EmployeeGroups.Remove(group);
        return await SomeoneKeepsTheRightAsync(db);
    });

    /// <summary>P-1: taking people out of a group, or deleting it, must leave someone who may change access rights.</summary>
    private static async Task<Result> SomeoneKeepsTheRightAsync(OpenChannelsDbContext db)
    {
        await db.SaveChangesAsync();
        return await AccessRightsService.AnyoneMayChangeAccessRightsAsync(db) ? Result.Ok : new NobodyLeftToChangeRights();
    }

    private static async Task<Error?> CheckAsync(OpenChannelsDbContext db, EmployeeGroup group, IReadOnlyCollection<int> memberIds)
    {
        if (await db.EmployeeGroups.AnyAsync(g => g.Name == group.Name && g.Id != group.Id))
        {
            return new InvalidInput("Name", "There is already a group named {0}.", group.Name);
        }

        var known = await db.Employees.CountAsync(e => memberIds.Contains(e.Id));
        return known == memberIds.Distinct().Count() ? null : new InvalidInput("Members", "Some of the chosen employees no longer exist. Reload the page and choose again.");
    }
}
