using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// who is in an open channel's queue, with departments expanded to their current members. It reads through the
/// caller's context, so the answer belongs to the caller's transaction.
/// </summary>
public sealed class QueueMembership
{
    /// <summary>The agents of the queue in order, each once; dismissed employees stay in (routing skips them, with the reason).</summary>
    public async Task<IReadOnlyList<int>> ExpandAsync(OpenChannelsDbContext db, OpenChannel channel, CancellationToken cancellationToken = default)
    {
        var entries = channel.Queue.OrderBy(m => m.Position).Select(m => (m.EmployeeId, m.DepartmentId)).ToList();
        if (entries.All(e => e.DepartmentId is null))
        {
            return entries.Select(e => e.EmployeeId!.Value).Distinct().ToList();
        }

        var tree = new DepartmentTree(await db.Departments.AsNoTracking().Select(d => new ValueTuple<int, int?>(d.Id, d.ParentId)).ToListAsync(cancellationToken));
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.DepartmentId != null)
            .OrderBy(e => e.FirstName).ThenBy(e => e.LastName)
            .Select(e => new { e.Id, DepartmentId = e.DepartmentId!.Value })
            .ToListAsync(cancellationToken);
        return QueueExpansion.Expand(entries, department =>
        {
            var departments = tree.SelfAndDescendants(department);
            return employees.Where(e => departments.Contains(e.DepartmentId)).Select(e => e.Id);
        });
    }
}
