using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Departments;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// The <see cref="AccessScope"/> of each employee, read from the data and kept for a short while: every page action,
/// list and live event asks for it, and it changes rarely. P-6: a change of roles, holders, groups, departments or
/// employees made by this instance is seen by the next question (<see cref="AccessDataChanges"/>); one made by another
/// instance on the same database, after <see cref="Lifetime"/> at most.
/// </summary>
public sealed class AccessScopes(IDbContextFactory<OpenChannelsDbContext> contexts, AccessDataChanges changes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, (long Generation, DateTimeOffset ReadAt, AccessScope Scope)> _scopes = new();

    public async Task<AccessScope> OfAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        var generation = changes.Generation;
        var now = clock.GetUtcNow();
        if (_scopes.TryGetValue(employeeId, out var kept) && kept.Generation == generation && now - kept.ReadAt < Lifetime)
        {
            return kept.Scope;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await ReadAsync(db, employeeId, cancellationToken);
        _scopes[employeeId] = (generation, now, scope);
        return scope;
    }

    /// <summary>Read now, through the caller's context (inside a write transaction, the answer belongs to it).</summary>
    internal static async Task<AccessScope> ReadAsync(OpenChannelsDbContext db, int employeeId, CancellationToken cancellationToken)
    {
        var rights = EffectiveRights.Of(await AccessRightsService.GrantedRolesAsync(db, employeeId, cancellationToken));
        var department = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.DepartmentId).SingleOrDefaultAsync(cancellationToken);
        if (department is not { } own)
        {
            return new AccessScope(employeeId, rights, new HashSet<int> { employeeId }, [], new HashSet<int>());
        }

        var tree = new DepartmentTree(await db.Departments.AsNoTracking().Select(d => new ValueTuple<int, int?>(d.Id, d.ParentId)).ToListAsync(cancellationToken));
        var departments = Relations.DepartmentsOf([own], tree).ToList();
        var colleagues = await db.Employees.AsNoTracking()
            .Where(e => e.DepartmentId != null && departments.Contains(e.DepartmentId.Value))
            .Select(e => new { e.Id, DepartmentId = e.DepartmentId!.Value })
            .ToListAsync(cancellationToken);
        return new AccessScope(
            employeeId,
            rights,
            colleagues.Select(c => c.Id).Append(employeeId).ToHashSet(),
            tree.SelfAndAncestors(own),
            colleagues.Select(c => c.DepartmentId).Distinct().SelectMany(tree.SelfAndAncestors).ToHashSet());
    }
}
