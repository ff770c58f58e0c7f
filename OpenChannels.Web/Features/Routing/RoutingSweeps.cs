using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// The routing sweeps (J-1…J-4). Each finds its conversations by a stored deadline or state, then handles each
/// one in its own short write transaction that re-checks the condition, so a sweep is safe to run twice, on two
/// instances, or while clients write and agents accept — and a restart loses nothing.
/// </summary>
public sealed class RoutingSweeps(
    IDbContextFactory<OpenChannelsDbContext> contexts, TimeProvider clock, RoutingService routing, AgentFeed agents, ClientFeed clients)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    /// <summary>
    /// J-1: offer unassigned open conversations again (every 2 minutes), oldest first, channel by channel. A decision
    /// that again finds nobody changes nothing and is not written; it also means nobody is free in that channel, so
    /// the rest of its conversations wait for the next sweep. "To all" conversations are already visible to everyone.
    /// </summary>
    public async Task<int> ReofferUnassignedAsync(CancellationToken cancellationToken = default)
    {
        List<(int Id, int ChannelId, bool ToAll, bool Told)> waiting;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.Conversations.AsNoTracking()
                .Where(c => c.IsOpen && c.AssignedEmployeeId == null)
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is not { IsOpen: true, AssignedEmployeeId: null })
        {
            return SweepOutcome.Skipped;
        }

        var alreadyTold = conversation.NoAgentNoticeSentAt is not null;
        var result = await routing.RouteAsync(db, conversation, RoutingTrigger.Reoffer, cancellationToken: cancellationToken);
        if (result.Decision.Outcome == RoutingOutcome.NoAgentAvailable && alreadyTold)
        {
            return SweepOutcome.NobodyFree;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        agents.Publish(new ConversationEvent(conversation.Id, conversation.OpenChannelId, ConversationEventKind.Changed));
        if (result.Notice is { } notice)
        {
            await PushNoticeAsync(conversation, notice);
        }

        return result.Decision.Outcome == RoutingOutcome.NoAgentAvailable ? SweepOutcome.NobodyFree : SweepOutcome.Changed;
    }

    /// <summary>Q-3, J-4: offers not accepted within the idle time go to the next agent (every few seconds).</summary>
    public Task<int> TransferIdleOffersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => db.Conversations.Where(c => c.IsOpen && c.IdleTransferDueAt != null && c.IdleTransferDueAt <= now),
            c => c.IsIdleOfferDue(now),
            async (db, c) => (await routing.RouteAsync(db, c, RoutingTrigger.IdleTimeElapsed, previous: c.AssignedEmployeeId)).Notice,
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
            db => db.Conversations.Where(c => c.IsOpen && c.AssignedEmployeeId != null && unavailable.Contains(c.AssignedEmployeeId.Value)),
            c => c.IsOpen && c.AssignedEmployeeId is { } holder && unavailable.Contains(holder),
            async (db, c) => (await routing.RouteAsync(db, c, RoutingTrigger.AgentUnavailable, previous: c.AssignedEmployeeId)).Notice,
            cancellationToken);
    }

    /// <summary>A-7, J-4: conversations whose client did not answer the agent in time are closed, with the text if set.</summary>
    public Task<int> CloseTimedOutAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => db.Conversations.Where(c => c.IsOpen && c.ClientTimeoutDueAt != null && c.ClientTimeoutDueAt <= now),
            c => c.IsClientTimeoutDue(now),
            async (db, c) =>
            {
                c.CloseAutomatically(now);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                if (!channel.TimeoutReply)
                {
                    return null;
                }

                var text = Message.Automatic(c.Id, channel.TextFor(DefaultText.Timeout), now);
                db.Messages.Add(text);
                return text;
            },
            cancellationToken);
    }

    /// <summary>A-3, A-4: no agent answered in time — mark it, then reply, put it back in the queue, or do nothing.</summary>
    public Task<int> MarkUnansweredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return SweepAsync(
            db => db.Conversations.Where(c => c.IsOpen && c.UnansweredDueAt != null && c.UnansweredDueAt <= now),
            c => c.IsUnansweredDue(now),
            async (db, c) =>
            {
                c.MarkUnanswered(now);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                switch (channel.UnansweredAction)
                {
                    case UnansweredAction.AutoReply:
                        var reply = Message.Automatic(c.Id, channel.TextFor(DefaultText.Unanswered), now);
                        db.Messages.Add(reply);
                        return reply;
                    case UnansweredAction.BackToQueue:
                        // It circulates until someone answers: the next deadline is set again.
                        var routed = await routing.RouteAsync(db, c, RoutingTrigger.Unanswered, previous: c.AssignedEmployeeId, cancellationToken);
                        c.ExpectAnswerBy(channel.UnansweredAfter is { } after ? now + after : null);
                        return routed.Notice;
                    default:
                        return null;
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
                return Task.FromResult<Message?>(null);
            },
            cancellationToken);
    }

    /// <summary>J-3: conversations whose last message is over a week old are closed.</summary>
    public Task<int> CloseStaleAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - StaleAfter;
        return SweepAsync(
            db => db.Conversations.Where(c => c.IsOpen && c.LastMessageAt < cutoff),
            c => c.IsOpen && c.LastMessageAt < cutoff,
            (_, c) =>
            {
                c.CloseAutomatically(clock.GetUtcNow());
                return Task.FromResult<Message?>(null);
            },
            cancellationToken);
    }

    private async Task<int> SweepAsync(
        Func<OpenChannelsDbContext, IQueryable<Conversation>> find,
        Func<Conversation, bool> stillDue,
        Func<OpenChannelsDbContext, Conversation, Task<Message?>> handle,
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
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (conversation is null || !stillDue(conversation))
            {
                continue;
            }

            var notice = await handle(db, conversation);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            handled++;
            agents.Publish(new ConversationEvent(conversation.Id, conversation.OpenChannelId, ConversationEventKind.Changed));
            if (notice is not null)
            {
                await PushNoticeAsync(conversation, notice);
            }
        }

        return handled;
    }

    private async Task PushNoticeAsync(Conversation conversation, Message notice)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var key = await db.Connectors.Where(k => k.Id == conversation.ConnectorId).Select(k => k.PublicKey).SingleAsync();
        clients.Publish(conversation.ClientId, new ClientEvent("message", token => WidgetMessage.From(notice, key, token, null)));
    }
}
