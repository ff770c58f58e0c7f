using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// Applies <see cref="Router"/> to a conversation. Always called inside the caller's write transaction
/// (docs/decisions/0004): the loads it counts cannot change before the offer is saved, so concurrent
/// arrivals, accepts and sweeps never put two agents on a conversation or an agent above the limit.
/// </summary>
public sealed class RoutingService(TimeProvider clock, CrmLinks.ChatCrm crm, QueueMembership queues)
{
    public async Task<RoutingDecision> RouteAsync(
        OpenChannelsDbContext db, Conversation conversation, RoutingTrigger trigger, int? previous = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId, cancellationToken);
        var settings = channel.QueueSettings;
        var queue = await queues.ExpandAsync(db, channel, cancellationToken);
        var responsibleId = await crm.ResponsibleForAsync(db, channel, conversation, cancellationToken);
        var lockedById = await LockedByAsync(db, conversation, cancellationToken);
        var snapshots = await SnapshotsAsync(
            db, queue.Append(responsibleId ?? 0).Append(lockedById ?? 0).Where(id => id != 0).Distinct().ToList(), settings, now, cancellationToken);

        var decision = Router.Decide(
            settings,
            queue.Where(snapshots.ContainsKey).Select(id => snapshots[id]).ToList(),
            now,
            previous,
            responsibleId is { } r ? snapshots.GetValueOrDefault(r) : null,
            lockedById is { } l ? snapshots.GetValueOrDefault(l) : null);

        if (decision is { Outcome: RoutingOutcome.Offered, ChosenEmployeeId: { } chosen })
        {
            conversation.Offer(chosen, settings.Mode == DistributionMode.ToAll ? null : now + settings.IdleTime, pinned: decision.ViaPin);
            (await StatusOfAsync(db, chosen, cancellationToken)).Assigned(now);
        }
        else
        {
            if (conversation.AssignedEmployeeId is not null)
            {
                conversation.ReturnToQueue();
            }

            // once, unless the Working hours tab turned it off; outside hours the out-of-hours reply says it.
            if (decision.Outcome == RoutingOutcome.NoAgentAvailable && conversation.ShouldTellNoAgent(channel))
            {
                // The client gets it through the pipeline's events, like every other automatic text.
                db.Messages.Add(Message.Automatic(conversation.Id, channel.TextFor(DefaultText.NoAgent), now));
                conversation.NoteNoAgentNoticeSent(now);
            }
        }

        db.RoutingAudit.Add(new RoutingAuditEntry(conversation.Id, trigger, decision, now));
        return decision;
    }

    /// <summary>
    /// M-5: the agent who locked this client's last conversation in this channel as theirs, if it was still locked when
    /// it closed. Looked up only for a conversation nobody has yet, so a decline (the idle time) is not undone.
    /// </summary>
    private static async Task<int?> LockedByAsync(OpenChannelsDbContext db, Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.AssignedEmployeeId is not null)
        {
            return null;
        }

        var last = await db.Conversations.AsNoTracking()
            .Where(c => c.ClientId == conversation.ClientId && c.OpenChannelId == conversation.OpenChannelId && c.Id != conversation.Id && !c.IsOpen)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.IsPinned, c.AssignedEmployeeId })
            .FirstOrDefaultAsync(cancellationToken);
        return last is { IsPinned: true } ? last.AssignedEmployeeId : null;
    }

    /// <summary>Q-6 for a manual accept, take or transfer: null when the agent may take one more.</summary>
    public async Task<AgentAtCapacity?> CheckCapacityAsync(
        OpenChannelsDbContext db, OpenChannel channel, int employeeId, CancellationToken cancellationToken = default)
    {
        if (channel.QueueSettings.SimultaneousLimit is not { } limit)
        {
            return null;
        }

        var loads = await LoadsAsync(db, [employeeId], channel.QueueSettings.ExcludedFromLimit, cancellationToken);
        return loads.GetValueOrDefault(employeeId) >= limit ? new AgentAtCapacity(employeeId, limit) : null;
    }

    public static async Task<AgentStatus> StatusOfAsync(OpenChannelsDbContext db, int employeeId, CancellationToken cancellationToken = default)
    {
        var status = db.AgentStatuses.Local.FirstOrDefault(s => s.EmployeeId == employeeId)
            ?? await db.AgentStatuses.FirstOrDefaultAsync(s => s.EmployeeId == employeeId, cancellationToken);
        if (status is null)
        {
            status = new AgentStatus(employeeId);
            db.AgentStatuses.Add(status);
        }

        return status;
    }

    private async Task<Dictionary<int, AgentSnapshot>> SnapshotsAsync(
        OpenChannelsDbContext db, IReadOnlyList<int> ids, QueueSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // One flat row per agent: the facts Q-4 needs, not whole employees with every vacation they ever took.
        // EF.Parameter: one JSON parameter for the whole queue — hundreds of separate parameters cost more to bind than to read.
        var rows = await (
            from e in db.Employees.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
            join s in db.AgentStatuses.AsNoTracking() on e.Id equals s.EmployeeId into statuses
            from s in statuses.DefaultIfEmpty()
            select new
            {
                e.Id,
                e.FirstName,
                e.LastName,
                e.DismissedAt,
                e.TracksWorkTime,
                OnVacation = e.Vacations.AsQueryable().Any(VacationPeriod.Covering(today)),
                LastActivityAt = s == null ? null : s.LastActivityAt,
                WorkDay = s == null ? WorkDayState.NotStarted : s.WorkDay,
                LastAssignedAt = s == null ? null : s.LastAssignedAt,
            })
            .ToListAsync(cancellationToken);
        // Loads matter only for a limit.
        var loads = settings.SimultaneousLimit is null ? [] : await LoadsAsync(db, ids, settings.ExcludedFromLimit, cancellationToken);
        return rows.ToDictionary(e => e.Id, e => new AgentSnapshot(
            e.Id,
            Employee.NameOf(e.FirstName, e.LastName),
            e.DismissedAt is not null,
            e.OnVacation,
            e.LastActivityAt,
            e.TracksWorkTime,
            e.WorkDay,
            e.LastAssignedAt,
            loads.GetValueOrDefault(e.Id)));
    }

    /// <summary>
    /// How many conversations count towards each agent's limit, across all channels: open ones, and closed ones
    /// still awaiting the client's rating, each unless its status is excluded.
    /// </summary>
    private static async Task<Dictionary<int, int>> LoadsAsync(
        OpenChannelsDbContext db, IReadOnlyList<int> ids, ExcludedFromLimit excluded, CancellationToken cancellationToken)
    {
        // Kept by triggers on every change of a conversation (AgentLoadTriggers): a few rows per agent, read by key.
        // O-2: the conversations of an inactive channel are out of sight, so they take no place either.
        var held = await db.AgentLoads.AsNoTracking()
            .Where(l => l.Count > 0 && EF.Parameter(ids).Contains(l.EmployeeId))
            .Where(l => db.OpenChannels.Any(ch => ch.Id == l.OpenChannelId && ch.IsActive))
            .ToListAsync(cancellationToken);
        return held.Where(l => ConversationLoad.Counts(l.Status, l.Answered, excluded))
            .GroupBy(l => l.EmployeeId)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Count));
    }
}
