using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// P-2 "statistics": the conversations the conversation list and the reports count for one viewer — their own, their
/// department's or every one, by their conversation-list level, and none without it. Like every screen, only the
/// conversations of active channels (O-2). Opening one still needs its history or joining level.
/// </summary>
public static class StatisticsScope
{
    /// <summary>Whether the viewer has any conversation-list level, which opens the list and the reports.</summary>
    public static bool MayView(EffectiveRights rights) => rights[Permission.ConversationList] != AccessLevel.None;

    public static async Task<IQueryable<Conversation>> VisibleAsync(OpenChannelsDbContext db, AccessScope scope, CancellationToken cancellationToken = default)
    {
        var inactive = await db.OpenChannels.Where(ch => !ch.IsActive).Select(ch => ch.Id).ToListAsync(cancellationToken);
        return Excluding(db, scope, inactive);
    }

    /// <summary>The viewer's conversations of the given channels only (which the caller has checked are active).</summary>
    public static IQueryable<Conversation> Within(OpenChannelsDbContext db, AccessScope scope, List<int> activeChannelIds) =>
        Excluding(db, scope, []).Where(c => activeChannelIds.Contains(c.OpenChannelId));

    /// <summary>
    /// Leaves the inactive channels out rather than naming the active ones: with none inactive (the usual case) there is
    /// no channel condition at all, so SQLite reads the newest conversations straight from the index on their opening.
    /// </summary>
    public static IQueryable<Conversation> Excluding(OpenChannelsDbContext db, AccessScope scope, List<int> inactiveChannelIds)
    {
        var conversations = db.Conversations.AsNoTracking();
        if (inactiveChannelIds.Count > 0)
        {
            conversations = conversations.Where(c => !inactiveChannelIds.Contains(c.OpenChannelId));
        }

        return scope.Rights[Permission.ConversationList] switch
        {
            AccessLevel.All => conversations,
            AccessLevel.None => conversations.Where(c => false),
            var level => ConversationQueries.Reaching(db, scope, level, [], conversations),
        };
    }
}
