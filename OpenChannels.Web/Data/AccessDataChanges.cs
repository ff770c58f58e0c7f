using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Web.Data;

/// <summary>
/// P-6: counts the saves that can change anyone's access rights — roles, their holders, groups, departments and
/// employees (who is in which department). Whatever remembers rights compares this number with the one it read them
/// under, so a change made here is seen by the next question; another instance's change, by the time limit.
/// </summary>
public sealed class AccessDataChanges : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Counted before the save and again after it: a reader between the two reads the old data under the first count,
    /// which the second makes stale.
    /// </summary>
    private void Saving(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Role or RoleHolder or EmployeeGroup or Department or Employee))
        {
            Interlocked.Increment(ref _generation);
            _saving.AddOrUpdate(context, this);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _saving.Remove(context))
        {
            Interlocked.Increment(ref _generation);
        }
    }
}
