using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChannels.Web.Data;

/// <summary>
/// Lets one write transaction of this process at a time ask SQLite for the write lock; the others wait here, in
/// order, and start the moment it ends. Without it they would all wait in SQLite's busy handler, which polls with
/// sleeps of up to 100 ms and leaves the lock idle in between — under load most of a request's time
/// (docs/decisions/0006). Another process on the same file still meets <c>busy_timeout</c>, as before.
/// </summary>
public sealed class SqliteWriterGate(TimeSpan wait) : DbTransactionInterceptor, IDbConnectionInterceptor
{
    private const int SqliteBusy = 5;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<object, byte> _holders = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(Holder(eventData, connection), _gate.Wait(wait));
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        Enter(Holder(eventData, connection), await _gate.WaitAsync(wait, cancellationToken));
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(Holder(eventData, transaction));

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Holder(eventData, transaction));
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(Holder(eventData, transaction));

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Holder(eventData, transaction));
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(Holder(eventData, transaction));

    public override Task TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(Holder(eventData, transaction));
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback (an early return) ends when its connection closes.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Holder(eventData, connection));
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Holder(eventData, connection));
        return ValueTask.FromResult(result);
    }

    // And a BEGIN that failed (another process held the lock past busy_timeout) when its context is disposed.
    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Holder(eventData, connection));
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(Holder(eventData, connection));
        return ValueTask.FromResult(result);
    }

    private void Enter(object holder, bool entered)
    {
        if (!entered)
        {
            // What SQLite itself says when its busy timeout runs out, so callers handle one kind of failure.
            throw new SqliteException($"database is locked: another write of this process held it for over {wait.TotalSeconds:0} s", SqliteBusy);
        }

        _holders[holder] = 0;
    }

    // The context holds the gate: a committed SqliteTransaction has already forgotten its connection.
    private static object Holder(DbContextEventData eventData, object fallback) => eventData.Context ?? fallback;

    private void Leave(object holder)
    {
        if (_holders.TryRemove(holder, out _))
        {
            _gate.Release();
        }
    }
}
