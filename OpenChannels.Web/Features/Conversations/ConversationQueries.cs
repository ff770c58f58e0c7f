using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Consent;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>What the messenger and the agent API read. Every query applies <see cref="ConversationAccess"/>.</summary>
public sealed class ConversationQueries(
    IDbContextFactory<OpenChannelsDbContext> contexts, QueueMembership queues, ConsentService consents, IStringLocalizer<ConversationsText> text)
{
    /// <summary>The author of a message whose employee no longer exists (the screens show it in the reader's language).</summary>
    public const string FormerEmployee = "Former employee";

    /// <summary>The viewer's open conversations, newest first within each section, at most <see cref="ConversationRow.ListLimit"/>.</summary>
    public Task<IReadOnlyList<ConversationRow>> ListAsync(Viewer viewer) => RowsAsync(viewer, only: null);

    /// <summary>
    /// One conversation's line as <see cref="ListAsync"/> shows it, or null when it is not (or no longer) in the viewer's
    /// list: what a screen needs on a live event, without reading the whole list again for every open tab.
    /// </summary>
    public async Task<ConversationRow?> RowAsync(Viewer viewer, int conversationId) =>
        (await RowsAsync(viewer, conversationId)).SingleOrDefault();

    private async Task<IReadOnlyList<ConversationRow>> RowsAsync(Viewer viewer, int? only)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var me = viewer.EmployeeId;
        var admin = viewer.IsAdministrator;
        var myDepartments = await queues.DepartmentChainAsync(db, me);

        // ConversationAccess in SQL: active channel, and administrator, involved, or in the channel's queue. The queues
        // are few and small: whose the viewer is in is decided here once, not for every conversation in SQL.
        var active = await db.OpenChannels.AsNoTracking().Where(ch => ch.IsActive).ToListAsync();
        var queuedIds = active.Where(ch => QueueMembership.Includes(ch, me, myDepartments)).Select(ch => ch.Id).ToList();
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.IsOpen && (only == null || c.Id == only) && db.OpenChannels.Any(ch => ch.Id == c.OpenChannelId && ch.IsActive))
            .Where(c => admin || c.AssignedEmployeeId == me || c.Participants.Any(p => p.EmployeeId == me) || queuedIds.Contains(c.OpenChannelId))
            .OrderByDescending(c => c.LastMessageAt)
            .Take(ConversationRow.ListLimit)
            .ToListAsync();

        var clientIds = conversations.Select(c => c.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var connectorIds = conversations.Select(c => c.ConnectorId).Distinct().ToList();
        var channels = active.ToDictionary(ch => ch.Id, ch => ch.Name);
        var connectors = await db.Connectors.AsNoTracking().Where(c => connectorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Kind);
        var names = await EmployeeNamesAsync(db, conversations.Select(c => c.AssignedEmployeeId));

        return ConversationRow.InListOrder(conversations
            .Select(c => new ConversationRow(
                c.Id,
                NameOf(clients[c.ClientId]),
                channels.GetValueOrDefault(c.OpenChannelId, string.Empty),
                connectors.GetValueOrDefault(c.ConnectorId),
                c.Title,
                c.LastMessagePreview,
                c.LastMessageAt,
                c.UnreadByAgents,
                c.Status,
                MessengerSections.For(c, me),
                c.AssignedEmployeeId is { } h ? names.GetValueOrDefault(h) : null,
                c.MarkedUnansweredAt is not null && c.FirstResponseAt is null)));
    }

    /// <summary>The conversation, or null when it does not exist or the viewer may not see it (same answer).</summary>
    public async Task<ConversationDetails?> GetAsync(Viewer viewer, int conversationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId);
        if (conversation is null)
        {
            return null;
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);
        var inQueue = await queues.IsInQueueAsync(db, channel, viewer.EmployeeId);
        if (!ConversationAccess.CanSee(viewer.EmployeeId, viewer.IsAdministrator, conversation, channel, inQueue))
        {
            return null;
        }

        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Id == conversation.ClientId);
        var messages = await MessagesAsync(db, [conversation.Id]);
        var names = await EmployeeNamesAsync(db, conversation.Participants.Select(p => (int?)p.EmployeeId).Append(conversation.AssignedEmployeeId));
        var earlier = await db.Conversations.CountAsync(c => c.ClientId == conversation.ClientId && c.Id != conversation.Id);
        return new ConversationDetails(
            conversation.Id,
            client.Id,
            NameOf(client),
            client.Email,
            client.Phone,
            channel.Id,
            channel.Name,
            channel.ConfirmBeforeClosing,
            conversation.Status,
            conversation.IsOpen,
            conversation.AssignedEmployeeId,
            conversation.AssignedEmployeeId is { } holder ? names.GetValueOrDefault(holder) : null,
            conversation.IsPinned,
            conversation.IsAccepted,
            conversation.IdleTransferDueAt,
            conversation.UnreadByAgents,
            conversation.Title,
            conversation.Participants.Select(p => names.GetValueOrDefault(p.EmployeeId) ?? "?").ToList(),
            conversation.Participants.Select(p => p.EmployeeId).ToList(),
            messages[conversation.Id],
            earlier,
            await consents.LatestAsync(db, client.Id));
    }

    /// <summary>Whether the viewer may see the conversation (the same rule as <see cref="GetAsync"/>, without the messages).</summary>
    public async Task<bool> CanSeeAsync(Viewer viewer, int conversationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId);
        if (conversation is null)
        {
            return false;
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);
        return ConversationAccess.CanSee(
            viewer.EmployeeId, viewer.IsAdministrator, conversation, channel, await queues.IsInQueueAsync(db, channel, viewer.EmployeeId));
    }

    /// <summary>M-3: all the client's conversations the viewer may see, newest first, with their messages.</summary>
    public async Task<IReadOnlyList<PastConversation>> HistoryAsync(Viewer viewer, int conversationId)
    {
        if (await GetAsync(viewer, conversationId) is not { } current)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync();
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.ClientId == current.ClientId).ToListAsync();
        var channels = await db.OpenChannels.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var visible = new List<Conversation>();
        foreach (var conversation in conversations.OrderByDescending(c => c.CreatedAt))
        {
            var channel = channels[conversation.OpenChannelId];
            if (ConversationAccess.CanSee(viewer.EmployeeId, viewer.IsAdministrator, conversation, channel, await queues.IsInQueueAsync(db, channel, viewer.EmployeeId)))
            {
                visible.Add(conversation);
            }
        }

        var messages = await MessagesAsync(db, visible.Select(c => c.Id).ToList());
        return visible.Select(c => new PastConversation(c.Id, channels[c.OpenChannelId].Name, c.Status, c.CreatedAt, messages[c.Id])).ToList();
    }

    /// <summary>The assignment audit of a conversation, newest first; for administrators only.</summary>
    public async Task<IReadOnlyList<RoutingAuditRow>> RoutingAuditAsync(Viewer viewer, int conversationId)
    {
        if (!viewer.IsAdministrator || await GetAsync(viewer, conversationId) is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync();
        var entries = await db.RoutingAudit.AsNoTracking().Where(a => a.ConversationId == conversationId).OrderByDescending(a => a.Id).Take(100).ToListAsync();
        var names = await EmployeeNamesAsync(db, entries.Select(e => e.ChosenEmployeeId));
        return entries.Select(e => new RoutingAuditRow(
            e.At,
            e.Trigger,
            e.Outcome,
            e.ChosenEmployeeId is { } c ? names.GetValueOrDefault(c, "?") : null,
            e.ViaResponsiblePerson,
            e.ReadCandidates(),
            e.ViaPin)).ToList();
    }

    /// <summary>A file of a conversation the viewer may see.</summary>
    public async Task<Attachment?> AttachmentAsync(Viewer viewer, int conversationId, long messageId)
    {
        if (await GetAsync(viewer, conversationId) is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId && m.ConversationId == conversationId && m.DeletedAt == null);
        return message?.Attachment;
    }

    private static async Task<Dictionary<int, IReadOnlyList<AgentMessage>>> MessagesAsync(OpenChannelsDbContext db, IReadOnlyList<int> conversationIds)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => conversationIds.Contains(m.ConversationId)).OrderBy(m => m.Id).ToListAsync();
        var names = await EmployeeNamesAsync(db, messages.Select(m => m.AuthorEmployeeId));
        var byConversation = conversationIds.ToDictionary(id => id, _ => (IReadOnlyList<AgentMessage>)[]);
        foreach (var group in messages.GroupBy(m => m.ConversationId))
        {
            byConversation[group.Key] = group.Select(m => new AgentMessage(
                m.Id,
                m.Kind,
                m.AuthorEmployeeId,
                m.Kind switch
                {
                    MessageKind.Client => "Client",
                    MessageKind.System => "OpenChannels",
                    _ => m.AuthorEmployeeId is { } a ? names.GetValueOrDefault(a, FormerEmployee) : "Agent",
                },
                m.IsDeleted ? string.Empty : m.Text,
                m.CreatedAt,
                m.EditedAt is not null,
                m.IsDeleted,
                m.Attachment is { } file && !m.IsDeleted
                    ? new AgentAttachment(file.OriginalName, file.ContentType, file.Size, file.IsImage, $"/conversations/{m.ConversationId}/files/{m.Id}")
                    : null,
                m.ReadByClientAt is not null)).ToList();
        }

        return byConversation;
    }

    internal static async Task<Dictionary<int, string>> EmployeeNamesAsync(OpenChannelsDbContext db, IEnumerable<int?> ids)
    {
        var wanted = ids.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync();
        return employees.ToDictionary(e => e.Id, e => e.FullName);
    }

    /// <summary>The client's name, or "Visitor #12" in the reader's language for one who gave none.</summary>
    private string NameOf(Client client) => client.Name ?? text["Visitor #{0}", client.Id];
}
