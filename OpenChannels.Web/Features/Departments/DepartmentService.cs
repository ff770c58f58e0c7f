using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Departments;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Departments;

/// <summary>The use cases of the Departments page.</summary>
public sealed class DepartmentService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    /// <summary>All departments, depth-first, siblings by name.</summary>
    public async Task<IReadOnlyList<DepartmentRow>> ListAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id);
        var members = await db.Employees.Where(e => e.DepartmentId != null && e.DismissedAt == null)
            .GroupBy(e => e.DepartmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count);
        var headIds = departments.Values.Where(d => d.HeadEmployeeId != null).Select(d => d.HeadEmployeeId!.Value).ToList();
        var heads = await db.Employees.Where(e => headIds.Contains(e.Id))
            .Select(e => new { e.Id, e.FirstName, e.LastName })
            .ToDictionaryAsync(e => e.Id, e => string.IsNullOrEmpty(e.LastName) ? e.FirstName : e.FirstName + " " + e.LastName);

        var tree = new DepartmentTree(departments.Values.Select(d => (d.Id, d.ParentId)));
        return tree.Flatten(id => departments[id].Name)
            .Select(node =>
            {
                var d = departments[node.Id];
                return new DepartmentRow(
                    d.Id,
                    d.Name,
                    d.ParentId,
                    node.Depth,
                    d.HeadEmployeeId,
                    d.HeadEmployeeId is { } h ? heads.GetValueOrDefault(h) : null,
                    members.GetValueOrDefault(d.Id));
            })
            .ToList();
    }

    public Task<Result<int>> CreateAsync(DepartmentForm form) => writes.RunAsync<int>(async db =>
    {
        var department = new Department(form.Name, form.ParentId);
        if (await CheckReferencesAsync(db, form) is { } error)
        {
            return error;
        }

        department.AppointHead(form.HeadEmployeeId);
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return department.Id;
    });

    public Task<Result> UpdateAsync(int id, DepartmentForm form) => writes.RunAsync(async db =>
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return new NotFound("Department", id);
        }

        if (await CheckReferencesAsync(db, form) is { } error)
        {
            return error;
        }

        var tree = new DepartmentTree(await db.Departments.Select(d => new ValueTuple<int, int?>(d.Id, d.ParentId)).ToListAsync());
        department.Rename(form.Name);
        department.MoveUnder(form.ParentId, tree);
        department.AppointHead(form.HeadEmployeeId);
        return Result.Ok;
    });

    /// <summary>Employees who can head a department: everyone not dismissed, by name.</summary>
    public async Task<IReadOnlyList<HeadCandidate>> HeadCandidatesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var employees = await db.Employees.AsNoTracking().Where(e => e.DismissedAt == null)
            .OrderBy(e => e.FirstName).ThenBy(e => e.LastName).ToListAsync();
        return employees.Select(e => new HeadCandidate(e.Id, e.FullName)).ToList();
    }

    /// <summary>The open channels whose queue names the department, by name: what deleting it takes it out of.</summary>
    public async Task<IReadOnlyList<string>> QueuesWithAsync(int id)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.OpenChannels.AsNoTracking().Where(c => c.Queue.Any(m => m.DepartmentId == id)).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();
    }

    /// <summary>Deletes an empty department; one with sub-departments or members is refused with the reason.</summary>
    public Task<Result> DeleteAsync(int id) => writes.RunAsync(async db =>
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return new NotFound("Department", id);
        }

        department.EnsureDeletable(await db.Departments.CountAsync(d => d.ParentId == id), await db.Employees.CountAsync(e => e.DepartmentId == id));

        // a queue entry for the department goes with it (it had no members left to stand for).
        foreach (var channel in await db.OpenChannels.Where(c => c.Queue.Any(m => m.DepartmentId == id)).ToListAsync())
        {
            channel.RemoveDepartmentFromQueue(id);
        }

        // P-3: so do the roles given to it (a later department with its id must not inherit them).
        db.AccessRoleHolders.RemoveRange(await db.AccessRoleHolders.Where(h => h.Kind == HolderKind.Department && h.HolderId == id).ToListAsync());
        db.Departments.Remove(department);
        return Result.Ok;
    });

    private static async Task<Error?> CheckReferencesAsync(OpenChannelsDbContext db, DepartmentForm form)
    {
        if (form.ParentId is { } parent && !await db.Departments.AnyAsync(d => d.Id == parent))
        {
            return new NotFound("Department", parent);
        }

        if (form.HeadEmployeeId is { } head && !await db.Employees.AnyAsync(e => e.Id == head && e.DismissedAt == null))
        {
            return new InvalidInput("Head", "The head must be an employee who is not dismissed.");
        }

        return null;
    }
}
