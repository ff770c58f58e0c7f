using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// Applies <see cref="Router"/> to a conversation. Always called inside the caller's write transaction
/// (docs/decisions/0004): the loads it counts cannot change before the offer is saved, so concurrent
/// arrivals, accepts and sweeps never put two agents on a conversation or an agent above the limit.
/// </summary>
public sealed class RoutingService(TimeProvider clock, IResponsiblePersonLookup responsiblePeople)
{
    public async Task<RoutingResult> RouteAsync(
        OpenChannelsDbContext db, Conversation conversation, RoutingTrigger trigger, int? previous = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var channel = await db.OpenChannels.FirstAsync(c => c.Id == conversation.OpenChannelId, cancellationToken);
        var settings = channel.QueueSettings;
        var queue = await QueueMembership.ExpandAsync(db, channel, cancellationToken);
        var responsibleId = await responsiblePeople.ResponsibleForAsync(conversation.ClientId, cancellationToken);
        var snapshots = await SnapshotsAsync(db, queue.Append(responsibleId ?? 0).Where(id => id != 0).ToList(), settings, now, cancellationToken);

        var decision = Router.Decide(
            settings,
            queue.Where(snapshots.ContainsKey).Select(id => snapshots[id]).ToList(),
            now,
            previous,
            responsibleId is { } r ? snapshots.GetValueOrDefault(r) : null);

        Message? notice = null;
        if (decision is { Outcome: RoutingOutcome.Offered, ChosenEmployeeId: { } chosen })
        {
            conversation.Offer(chosen, settings.Mode == DistributionMode.ToAll ? null : now + settings.IdleTime);
            (await StatusOfAsync(db, chosen, cancellationToken)).Assigned(now);
        }
        else
        {
            if (conversation.AssignedEmployeeId is not null)
            {
                conversation.ReturnToQueue();
            }

            // once, unless the Working hours tab turned it off; outside hours the out-of-hours reply says it.
            if (decision.Outcome == RoutingOutcome.NoAgentAvailable && conversation.NoAgentNoticeSentAt is null
                && channel.NoAgentReply && conversation.OutOfHoursNoticeSentAt is null)
            {
                notice = Message.Automatic(conversation.Id, channel.TextFor(DefaultText.NoAgent), now);
                db.Messages.Add(notice);
                conversation.NoteNoAgentNoticeSent(now);
            }
        }

        db.RoutingAudit.Add(new RoutingAuditEntry(conversation.Id, trigger, decision, now));
        return new RoutingResult(decision, notice);
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
        var employees = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var statuses = await db.AgentStatuses.AsNoTracking().Where(s => ids.Contains(s.EmployeeId)).ToDictionaryAsync(s => s.EmployeeId, cancellationToken);
        // Loads matter only for a limit; without one, counting them would be the costliest read here.
        var loads = settings.SimultaneousLimit is null ? [] : await LoadsAsync(db, ids, settings.ExcludedFromLimit, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return employees.ToDictionary(e => e.Id, e =>
        {
            var status = statuses.GetValueOrDefault(e.Id);
            return new AgentSnapshot(
                e.Id,
                e.FullName,
                e.IsDismissed,
                e.IsOnVacation(today),
                status?.LastActivityAt,
                e.TracksWorkTime,
                status?.WorkDay ?? WorkDayState.NotStarted,
                status?.LastAssignedAt,
                loads.GetValueOrDefault(e.Id));
        });
    }

    /// <summary>
    /// How many conversations count towards each agent's limit, across all channels: open ones, and closed ones
    /// still awaiting the client's rating, each unless its status is excluded.
    /// </summary>
    private static async Task<Dictionary<int, int>> LoadsAsync(
        OpenChannelsDbContext db, IReadOnlyList<int> ids, ExcludedFromLimit excluded, CancellationToken cancellationToken)
    {
        // Counted in SQL by agent, status and "answered once": a few rows per agent, however many conversations.
        var held = await db.Conversations.AsNoTracking()
            .Where(c => (c.IsOpen || c.Status == ConversationStatus.Closed) && c.AssignedEmployeeId != null && ids.Contains(c.AssignedEmployeeId.Value))
            .GroupBy(c => new { Agent = c.AssignedEmployeeId!.Value, c.Status, Answered = c.FirstResponseAt != null })
            .Select(g => new { g.Key.Agent, g.Key.Status, g.Key.Answered, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return held.Where(c => ConversationLoad.Counts(c.Status, c.Answered, excluded))
            .GroupBy(c => c.Agent)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }
}
