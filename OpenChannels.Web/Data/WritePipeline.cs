using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Data;

/// <summary>
/// The one way a use case writes: a fresh context, a <c>BEGIN IMMEDIATE</c> transaction through the writer gate
/// (decisions 0004, 0006), the use case's rule, a domain rule violation turned into its typed error, the commit — and
/// only then the domain events the aggregates collected, to <see cref="IDomainEventPublisher"/>. Before the commit, the
/// <see cref="ITransactionalEventHandler"/>s hear them and may write in the same transaction (the outbox). A failed use case
/// rolls back and publishes nothing. The use case sees only the context, so a later step can run several requests'
/// writes in one transaction (group commit) without changing them.
/// </summary>
public sealed class WritePipeline(
    IDbContextFactory<OpenChannelsDbContext> contexts, IDomainEventPublisher publisher, IEnumerable<ITransactionalEventHandler> inTransaction)
{
    private readonly ITransactionalEventHandler[] _inTransaction = [.. inTransaction];

    public async Task<Result<T>> RunAsync<T>(Func<OpenChannelsDbContext, Task<Result<T>>> write, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RunAsync(db, write, cancellationToken);
    }

    /// <summary>
    /// The same on a context the caller owns — a scoped one that ASP.NET Core Identity's managers share, so that an
    /// employee and their account are written in one transaction.
    /// </summary>
    public async Task<Result<T>> RunAsync<T>(
        OpenChannelsDbContext db, Func<OpenChannelsDbContext, Task<Result<T>>> write, CancellationToken cancellationToken = default)
    {
        Result<T> result;
        IReadOnlyList<IDomainEvent> events;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                result = await write(db);
            }
            catch (DomainRuleViolated e)
            {
                return e.Error;
            }

            if (!result.Succeeded)
            {
                return result;
            }

            await db.SaveChangesAsync(cancellationToken);
            events = db.TakeDomainEvents();
            if (events.Count > 0 && _inTransaction.Length > 0)
            {
                var wrote = false;
                foreach (var handler in _inTransaction)
                {
                    wrote |= await handler.HandleAsync(db, events, cancellationToken);
                }

                if (wrote)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    events = [.. events, .. db.TakeDomainEvents()];
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await publisher.PublishAsync(events, CancellationToken.None);
        return result;
    }

    public async Task<Result> RunAsync(Func<OpenChannelsDbContext, Task<Result>> write, CancellationToken cancellationToken = default) =>
        (await RunAsync<bool>(db => Valueless(write, db), cancellationToken)).WithoutValue();

    public async Task<Result> RunAsync(OpenChannelsDbContext db, Func<OpenChannelsDbContext, Task<Result>> write, CancellationToken cancellationToken = default) =>
        (await RunAsync<bool>(db, context => Valueless(write, context), cancellationToken)).WithoutValue();

    private static async Task<Result<bool>> Valueless(Func<OpenChannelsDbContext, Task<Result>> write, OpenChannelsDbContext db) =>
        await write(db) is { Succeeded: false } failed ? failed.Error : true;
}
