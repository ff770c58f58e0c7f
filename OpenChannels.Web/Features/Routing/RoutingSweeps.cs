using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// The routing sweeps (J-1…J-4). Each finds its conversations by a stored deadline or state, then handles each
/// one in its own short write transaction that re-checks the condition (<see cref="ConversationSweep"/>), so a sweep
/// is safe to run twice, on two instances, or while clients write and agents accept — and a restart loses nothing.
/// </summary>
public sealed class RoutingSweeps(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, ConversationSweep sweep, TimeProvider clock, RoutingService routing)
{
    /// <summary>
    /// J-1: offer unassigned open conversations again (every 2 minutes), oldest first, channel by channel. A decision
    /// that again finds nobody changes nothing and is not written; it also means nobody is free in that channel, so
    /// the rest of its conversations wait for the next sweep. "To all" conversations are already visible to everyone.
    /// </summary>
    /// <param name="openChannelId">Only this channel's (O-2: the one just reactivated); all channels when null.</param>
    public async Task<int> ReofferUnassignedAsync(int? openChannelId = null, CancellationToken cancellationToken = default)
    {
        List<(int Id, int ChannelId, bool ToAll, bool Told)> waiting;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.Conversations.AsNoTracking()
                .Where(c => c.IsOpen && c.AssignedEmployeeId == null && c.Status != ConversationStatus.WithBot)
                .Where(c => openChannelId == null || c.OpenChannelId == openChannelId)
                .Join(db.OpenChannels.Where(ch => ch.IsActive), c => c.OpenChannelId, ch => ch.Id,
                    (c, ch) => new { c.Id, c.OpenChannelId, ch.QueueSettings.Mode, Told = c.NoAgentNoticeSentAt != null, c.LastMessageAt })
                .ToListAsync(cancellationToken);
            waiting = rows.OrderBy(r => r.LastMessageAt).ThenBy(r => r.Id)
                .Select(r => (r.Id, r.OpenChannelId, r.Mode == DistributionMode.ToAll, r.Told))
                .Where(r => !(r.Item3 && r.Told))
                .ToList();
        }

        var handled = 0;
        foreach (var channel in waiting.GroupBy(w => w.ChannelId))
        {
            foreach (var (id, _, _, _) in channel)
            {
                var outcome = await RouteOneAsync(id, cancellationToken);
                handled += outcome == SweepOutcome.Changed ? 1 : 0;
                if (outcome == SweepOutcome.NobodyFree)
                {
                    break;
                }
            }
        }

        return handled;
    }

    private enum SweepOutcome
    {
        Skipped,
        Changed,
        NobodyFree,
    }

    private async Task<SweepOutcome> RouteOneAsync(int conversationId, CancellationToken cancellationToken)
    {
        var outcome = SweepOutcome.Skipped;
        await writes.RunAsync(
            async db =>
            {
                var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
                if (conversation is not { IsOpen: true, AssignedEmployeeId: null, IsWithBot: false })
                {
                    return Unchanged.Instance;
                }

                var alreadyTold = conversation.NoAgentNoticeSentAt is not null;
                var decision = await routing.RouteAsync(db, conversation, RoutingTrigger.Reoffer, cancellationToken: cancellationToken);
                var nobody = decision.Outcome == RoutingOutcome.NoAgentAvailable;
                outcome = nobody ? SweepOutcome.NobodyFree : SweepOutcome.Changed;

                // Nobody again, and the client already told: nothing new to write or announce.
                return nobody && alreadyTold ? Unchanged.Instance : Result.Ok;
            },
            cancellationToken);
        return outcome;
    }

    /// <summary>Q-3, J-4: offers not accepted within the idle time go to the next agent (every few seconds).</summary>
    public Task<int> TransferIdleOffersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => InActiveChannels(db, db.Conversations.Where(c => c.IsOpen && c.IdleTransferDueAt != null && c.IdleTransferDueAt <= now)),
            c => c.IsIdleOfferDue(now),
            (db, c) => routing.RouteAsync(db, c, RoutingTrigger.IdleTimeElapsed, previous: c.AssignedEmployeeId),
            cancellationToken);
    }

    /// <summary>J-2: conversations held by dismissed or vacationing employees go back to the queue (daily).</summary>
    public async Task<int> ReturnFromUnavailableAgentsAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        HashSet<int> unavailable;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var employees = await db.Employees.AsNoTracking()
                .Where(e => db.Conversations.Any(c => c.IsOpen && c.AssignedEmployeeId == e.Id))
                .ToListAsync(cancellationToken);
            unavailable = employees.Where(e => e.IsDismissed || e.IsOnVacation(today)).Select(e => e.Id).ToHashSet();
        }

        return unavailable.Count == 0 ? 0 : await SweepAsync(
            db => InActiveChannels(db, db.Conversations.Where(c => c.IsOpen && c.AssignedEmployeeId != null && unavailable.Contains(c.AssignedEmployeeId.Value))),
            c => c.IsOpen && c.AssignedEmployeeId is { } holder && unavailable.Contains(holder),
            (db, c) =>
            {
                // J-2 is the one automatic rule a lock does not withstand: the agent cannot answer.
                c.ReleasePin();
                return routing.RouteAsync(db, c, RoutingTrigger.AgentUnavailable, previous: c.AssignedEmployeeId);
            },
            cancellationToken);
    }

    /// <summary>A-7, J-4: conversations whose client did not answer the agent in time are closed, with the text if set.</summary>
    public Task<int> CloseTimedOutAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => InActiveChannels(db, db.Conversations.Where(c => c.IsOpen && c.ClientTimeoutDueAt != null && c.ClientTimeoutDueAt <= now)),
            c => c.IsClientTimeoutDue(now),
            async (db, c) =>
            {
                c.CloseAutomatically(now);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                if (channel.Replies.Timeout.Enabled)
                {
                    db.Messages.Add(Message.Automatic(c.Id, channel.TextFor(DefaultText.Timeout), now));
                }
            },
            cancellationToken);
    }

    /// <summary>A-3, A-4: no agent answered in time — mark it, then reply, put it back in the queue, or do nothing.</summary>
    public Task<int> MarkUnansweredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => InActiveChannels(db, db.Conversations.Where(c => c.IsOpen && c.UnansweredDueAt != null && c.UnansweredDueAt <= now)),
            c => c.IsUnansweredDue(now),
            async (db, c) =>
            {
                c.MarkUnanswered(now);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                switch (channel.Unanswered.Action)
                {
                    case UnansweredAction.AutoReply:
                        db.Messages.Add(Message.Automatic(c.Id, channel.TextFor(DefaultText.Unanswered), now));
                        break;
                    case UnansweredAction.BackToQueue when c.IsPinned:
                        // M-5: locked by its agent — it stays; the mark shows it went unanswered.
                        break;
                    case UnansweredAction.BackToQueue:
                        // It circulates until someone answers: the next deadline is set again.
                        await routing.RouteAsync(db, c, RoutingTrigger.Unanswered, previous: c.AssignedEmployeeId, cancellationToken);
                        c.ExpectAnswerBy(channel.Unanswered.After is { } after ? now + after : null);
                        break;
                }
            },
            cancellationToken);
    }

    /// <summary>A-6: closed conversations whose rating window has passed become fully closed.</summary>
    public Task<int> FullyCloseAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => db.Conversations.Where(c => c.FullyClosesAt != null && c.FullyClosesAt <= now),
            c => c.IsFullCloseDue(now),
            (_, c) =>
            {
                c.FullyCloseAt(null, now);
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    /// <summary>R-4, J-4: rating requests whose time limit passed are withdrawn from the live chat; a later rating is refused.</summary>
    public Task<int> WithdrawLateRatingRequestsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => db.Conversations.Where(c => c.RatingDueAt != null && c.RatingDueAt <= now),
            c => c.IsRatingDue(now),
            (_, c) =>
            {
                c.WithdrawRatingRequest(now);
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    /// <summary>J-3: conversations whose last message is over a week old are closed.</summary>
    public Task<int> CloseStaleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - Conversation.StaleAfter;
        return SweepAsync(
            db => db.Conversations.Where(c => c.IsOpen && c.LastMessageAt < cutoff),
            c => c.IsStale(now),
            (_, c) =>
            {
                c.CloseAutomatically(clock.GetUtcNow());
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    /// <summary>O-2: an inactive channel's conversations wait, untouched, until it is active again.</summary>
    private static IQueryable<Conversation> InActiveChannels(OpenChannelsDbContext db, IQueryable<Conversation> conversations) =>
        ConversationSweep.InActiveChannels(db, conversations);

    private Task<int> SweepAsync(
        Func<OpenChannelsDbContext, IQueryable<Conversation>> find,
        Func<Conversation, bool> stillDue,
        Func<OpenChannelsDbContext, Conversation, Task> handle,
        CancellationToken cancellationToken) => sweep.RunAsync(find, stillDue, handle, cancellationToken);
}
