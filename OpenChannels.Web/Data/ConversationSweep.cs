using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data;

/// <summary>
/// How every J-4 sweep handles its conversations: it finds them by a stored deadline, then handles each one in its own
/// short write transaction that checks the condition again, so a sweep is safe to run twice, on two instances, or
/// while clients write and agents answer — and a restart loses nothing.
/// </summary>
public sealed class ConversationSweep(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    /// <summary>Returns how many conversations were handled (found, still due, and changed).</summary>
    public async Task<int> RunAsync(
        Func<OpenChannelsDbContext, IQueryable<Conversation>> find,
        Func<Conversation, bool> stillDue,
        Func<OpenChannelsDbContext, Conversation, Task> handle,
        CancellationToken cancellationToken)
    {
        List<int> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = await find(db).OrderBy(c => c.Id).Select(c => c.Id).Take(10_000).ToListAsync(cancellationToken);
        }

        var handled = 0;
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Each row in its own transaction that checks it again: a run that repeats or overlaps changes nothing twice.
            var done = await writes.RunAsync(
                async db =>
                {
                    var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
                    if (conversation is null || !stillDue(conversation))
                    {
                        return Unchanged.Instance;
                    }

                    await handle(db, conversation);
                    return Result.Ok;
                },
                cancellationToken);
            handled += done.Succeeded ? 1 : 0;
        }

        return handled;
    }

    /// <summary>O-2: an inactive channel's conversations wait, untouched, until it is active again.</summary>
    public static IQueryable<Conversation> InActiveChannels(OpenChannelsDbContext db, IQueryable<Conversation> conversations) =>
        conversations.Where(c => db.OpenChannels.Any(ch => ch.Id == c.OpenChannelId && ch.IsActive));
}

/// <summary>A sweep found nothing to do for a row: the pipeline rolls back and announces nothing.</summary>
public sealed record Unchanged() : Error("Nothing to change.")
{
    public static readonly Unchanged Instance = new();
}
