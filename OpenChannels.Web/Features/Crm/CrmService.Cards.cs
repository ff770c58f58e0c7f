using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

public sealed partial class CrmService
{
    /// <summary>
    /// CRM-1: a card's responsible and timeline — its notes and recorded changes, and its conversations, newest first.
    /// O-3: a conversation whose channel does not keep the message log is listed with its facts; its messages are gone.
    /// </summary>
    private static async Task<CrmCardCommon> CommonAsync(
        OpenChannelsDbContext db, AccessScope scope, IHasResponsible item, CrmItemKind kind, IQueryable<Conversation> conversations)
    {
        var entries = await db.CrmTimeline.AsNoTracking().Where(e => e.ItemKind == kind && e.ItemId == item.Id).OrderByDescending(e => e.At).Take(200).ToListAsync();
        var rows = await conversations.AsNoTracking().OrderByDescending(c => c.Id).Take(200)
            .Select(c => new
            {
                c.Id,
                c.OpenChannelId,
                c.CreatedAt,
                c.IsOpen,
                c.AssignedEmployeeId,
                c.LastMessagePreview,
                Messages = db.Messages.Count(m => m.ConversationId == c.Id && m.Kind == MessageKind.Client),
            })
            .ToListAsync();
        var channelIds = rows.Select(r => r.OpenChannelId).Distinct().ToList();
        var channels = await db.OpenChannels.Where(c => channelIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        var people = entries.Select(e => e.AuthorId)
            .Concat(entries.Where(e => e.Kind == TimelineEntryKind.ResponsibleChanged).Select(e => int.TryParse(e.Text, out var id) ? id : (int?)null))
            .Concat(rows.Select(r => r.AssignedEmployeeId))
            .Append(item.ResponsibleId);
        var names = await ConversationQueries.EmployeeNamesAsync(db, people);
        var timeline = entries.Select(e => new CrmTimelineItem(
                e.At,
                e,
                e.AuthorId is { } a ? names.GetValueOrDefault(a) : null,
                e.Kind == TimelineEntryKind.ResponsibleChanged && int.TryParse(e.Text, CultureInfo.InvariantCulture, out var to) ? names.GetValueOrDefault(to) : e.Text,
                null))
            .Concat(rows.Select(r => new CrmTimelineItem(
                r.CreatedAt,
                null,
                null,
                null,
                new CrmConversationRow(r.Id, channels.GetValueOrDefault(r.OpenChannelId, string.Empty), r.CreatedAt, r.IsOpen,
                    r.AssignedEmployeeId is { } h ? names.GetValueOrDefault(h) : null, r.LastMessagePreview, r.Messages))))
            .OrderByDescending(t => t.At)
            .ToList();
        return new CrmCardCommon(item.ResponsibleId, item.ResponsibleId is { } r ? names.GetValueOrDefault(r) : null, CrmReach.MayEdit(scope, item), timeline);
    }
}
