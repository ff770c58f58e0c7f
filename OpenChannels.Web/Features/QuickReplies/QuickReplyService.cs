using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.QuickReplies;

/// <summary>A-8: lists of quick replies, created in a channel's Automatic actions tab and chosen per channel.</summary>
public sealed class QuickReplyService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    public async Task<IReadOnlyList<QuickReplyListRow>> ListsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.QuickReplyLists.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new QuickReplyListRow(
                l.Id,
                l.Name,
                db.QuickReplies.Count(q => q.ListId == l.Id),
                db.OpenChannels.Count(c => c.QuickReplyListId == l.Id)))
            .ToListAsync();
    }

    public Task<Result<int>> CreateListAsync(string name) => writes.RunAsync<int>(async db =>
    {
        var list = new QuickReplyList(name, clock.GetUtcNow());
        if (await NameTakenAsync(db, list.Name, exceptId: null))
        {
            return NameTaken(list.Name);
        }

        db.QuickReplyLists.Add(list);
        await db.SaveChangesAsync();
        return list.Id;
    });

    public Task<Result> RenameListAsync(int listId, string name) => writes.RunAsync(async db =>
    {
        var list = await db.QuickReplyLists.FirstOrDefaultAsync(l => l.Id == listId);
        if (list is null)
        {
            return new NotFound("Quick-reply list", listId);
        }

        list.Rename(name);
        if (await NameTakenAsync(db, list.Name, exceptId: listId))
        {
            return NameTaken(list.Name);
        }

        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>Deletes the list and its replies; channels that used it are left without a list.</summary>
    public Task<Result> DeleteListAsync(int listId) => writes.RunAsync(async db =>
    {
        return await db.QuickReplyLists.Where(l => l.Id == listId).ExecuteDeleteAsync() == 1
            ? Result.Ok
            : new NotFound("Quick-reply list", listId);
    });

    public async Task<IReadOnlyList<QuickReplyRow>> RepliesAsync(int listId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.QuickReplies.AsNoTracking().Where(q => q.ListId == listId).OrderBy(q => q.Title)
            .Select(q => new QuickReplyRow(q.Id, q.Title, q.Text)).ToListAsync();
    }

    /// <summary>M-4: the replies of the list the channel uses, for the messenger's picker.</summary>
    public async Task<IReadOnlyList<QuickReplyRow>> ForChannelAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.QuickReplies.AsNoTracking()
            .Where(q => db.OpenChannels.Any(c => c.Id == openChannelId && c.QuickReplyListId == q.ListId))
            .OrderBy(q => q.Title)
            .Select(q => new QuickReplyRow(q.Id, q.Title, q.Text))
            .ToListAsync();
    }

    public Task<Result<int>> AddReplyAsync(int listId, string title, string text) => writes.RunAsync<int>(async db =>
    {
        if (!await db.QuickReplyLists.AnyAsync(l => l.Id == listId))
        {
            return new NotFound("Quick-reply list", listId);
        }

        var reply = new QuickReply(listId, title, text);
        db.QuickReplies.Add(reply);
        await db.SaveChangesAsync();
        return reply.Id;
    });

    public Task<Result> ChangeReplyAsync(int replyId, string title, string text) => writes.RunAsync(async db =>
    {
        var reply = await db.QuickReplies.FirstOrDefaultAsync(q => q.Id == replyId);
        if (reply is null)
        {
            return new NotFound("Quick reply", replyId);
        }

        reply.Change(title, text);
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    public Task<Result> DeleteReplyAsync(int replyId) => writes.RunAsync(async db =>
    {
        return await db.QuickReplies.Where(q => q.Id == replyId).ExecuteDeleteAsync() == 1
            ? Result.Ok
            : new NotFound("Quick reply", replyId);
    });

    /// <summary>
    /// M-6 "save as quick reply": into the channel's list; a channel without one gets a list named after it, so the
    /// saved reply shows in its picker at once. Runs inside the caller's transaction.
    /// </summary>
    public async Task AddToChannelListAsync(OpenChannelsDbContext db, int openChannelId, string title, string text, DateTimeOffset now)
    {
        var channel = await db.OpenChannels.SingleAsync(c => c.Id == openChannelId);
        if (channel.QuickReplyListId is null)
        {
            var name = channel.Name;
            for (var n = 2; await NameTakenAsync(db, name, exceptId: null); n++)
            {
                name = $"{channel.Name} ({n})";
            }

            var list = new QuickReplyList(name, now);
            db.QuickReplyLists.Add(list);
            await db.SaveChangesAsync();
            channel.UseQuickReplyList(list.Id);
        }

        db.QuickReplies.Add(new QuickReply(channel.QuickReplyListId!.Value, title, text));
        await db.SaveChangesAsync();
    }

    private static Task<bool> NameTakenAsync(OpenChannelsDbContext db, string name, int? exceptId) =>
        db.QuickReplyLists.AnyAsync(l => l.Name == name && l.Id != exceptId);

    private static InvalidInput NameTaken(string name) => new("Name", "A list named \"{0}\" already exists.", name);
}
