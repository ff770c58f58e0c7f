using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Bots;

/// <summary>B-3, J-4: the hand-over time is a column of the conversation; this sweep hands over those whose time came.</summary>
public sealed class BotSweeps(ConversationSweep sweep, BotRuntime runtime, TimeProvider clock)
{
    public Task<int> HandOverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return sweep.RunAsync(
            db => ConversationSweep.InActiveChannels(db, db.Conversations.Where(c => c.BotHandOverDueAt != null && c.BotHandOverDueAt <= now)),
            c => c.IsBotHandOverDue(now),
            async (db, c) =>
            {
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                await runtime.HandOverAsync(db, channel, c, HandOverReason.TimeElapsed, now);
            },
            cancellationToken);
    }
}
