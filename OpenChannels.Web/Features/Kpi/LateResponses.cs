using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Notifications;
using OpenChannels.Web.Data;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Kpi;

/// <summary>
/// K-2: answers that are late are announced to whom the channel's KPI tab names — its chosen employees, and the
/// responsible agent if it says so — once per late answer. The deadline is the conversation's own
/// (<see cref="ResponseTimes.DueAt"/>); the announcement is noted on the row in the same transaction as the notifications,
/// so a sweep that repeats, overlaps, runs on two instances or after a restart never announces the same answer twice,
/// and an answer sent in time (which clears the deadline) is never announced.
/// </summary>
public sealed class LateResponses(ConversationSweep sweep, TimeProvider clock, IStringLocalizer<KpiText> text)
{
    public Task<int> AnnounceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return sweep.RunAsync(
            db => ConversationSweep.InActiveChannels(db, db.Conversations.Where(c =>
                c.IsOpen && c.Responses.DueAt != null && c.Responses.DueAt < now && c.Responses.LateSince == null)),
            c => c.IsLateResponseDue(now),
            async (db, c) =>
            {
                c.AnnounceLateResponse(now);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId, cancellationToken);
                if (!channel.Kpi.Notify)
                {
                    return;
                }

                var recipients = channel.Kpi.NotifyEmployeeIds.ToHashSet();
                if (channel.Kpi.NotifyHolder && c.AssignedEmployeeId is { } holder)
                {
                    recipients.Add(holder);
                }

                var people = await db.Employees.AsNoTracking()
                    .Where(e => recipients.Contains(e.Id) || e.Id == c.AssignedEmployeeId)
                    .Select(e => new { e.Id, e.FirstName, e.LastName, e.DismissedAt })
                    .ToListAsync(cancellationToken);
                var culture = UiCultures.Of(channel.Language);
                var responsible = people.FirstOrDefault(p => p.Id == c.AssignedEmployeeId) is { } agent
                    ? Employee.NameOf(agent.FirstName, agent.LastName)
                    : text.In(culture, "nobody yet");
                var message = (channel.Kpi.Text ?? text.In(culture, KpiTab.DefaultText)).Replace(KpiPolicy.OperatorPlaceholder, responsible, StringComparison.Ordinal);
                foreach (var person in people.Where(p => recipients.Contains(p.Id) && p.DismissedAt is null))
                {
                    db.Notifications.Add(Notification.LateResponse(person.Id, c.Id, message, now));
                }
            },
            cancellationToken);
    }
}
