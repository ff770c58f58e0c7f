using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Consent;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// What the messenger and the agent API read. Every query applies <see cref="ConversationAccess"/> to the viewer's
/// current access rights: lists in SQL, one conversation from its facts.
/// </summary>
public sealed class ConversationQueries(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    AccessScopes scopes,
    ConsentService consents,
    IStringLocalizer<ConversationsText> text,
    TimeProvider clock)
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
        var scope = await scopes.OfAsync(me);
        var active = await db.OpenChannels.AsNoTracking().Where(ch => ch.IsActive).ToListAsync();
        var conversations = await Visible(db, scope, active, db.Conversations.AsNoTracking()
                .Where(c => c.IsOpen && c.Status != ConversationStatus.WithBot && (only == null || c.Id == only)))
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
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        var standing = await StandingAsync(db, scope, conversation, channel);
        if (!MaySee(scope, standing, channel))
        {
            return null;
        }

        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Id == conversation.ClientId);
        var messages = await MessagesAsync(db, [conversation.Id]);
        var names = await EmployeeNamesAsync(
            db, conversation.Participants.Select(p => (int?)p.EmployeeId).Append(conversation.AssignedEmployeeId).Append(conversation.SupervisorRatedByEmployeeId));
        var earlier = await OfTheSameClient(db, client.Id, client.CrmContactId).CountAsync(c => c.Id != conversation.Id);
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
            new ConversationPermissions(
                ConversationAccess.MayJoin(scope.Rights, standing),
                ConversationAccess.MayManage(scope.Rights, standing),
                scope.Rights.MayRate(standing.ToConversation),
                scope.MayUseQuickRepliesOf(channel),
                scope.Covers(Permission.ViewOpenChannels, channel)),
            await consents.LatestAsync(db, client.Id),
            conversation.Responses,
            ConversationRatings.Of(
                conversation,
                conversation.ClientRatingStageAt(channel.Rating, clock.GetUtcNow()),
                conversation.SupervisorRatedByEmployeeId is { } rater ? names.GetValueOrDefault(rater, text[FormerEmployee]) : null));
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
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        return MaySee(scope, await StandingAsync(db, scope, conversation, channel), channel);
    }

    /// <summary>
    /// The client's conversations — and, Q-8's chat tracker, those of every client recognised as the same CRM contact on
    /// any connector: one history across channels.
    /// </summary>
    private static IQueryable<Conversation> OfTheSameClient(OpenChannelsDbContext db, int clientId, int? contactId) =>
        contactId is { } contact
            ? db.Conversations.Where(c => c.ClientId == clientId || db.Clients.Any(x => x.Id == c.ClientId && x.CrmContactId == contact))
            : db.Conversations.Where(c => c.ClientId == clientId);

    /// <summary>M-3: all the client's conversations the viewer may see, newest first, with their messages.</summary>
    public async Task<IReadOnlyList<PastConversation>> HistoryAsync(Viewer viewer, int conversationId)
    {
        if (await GetAsync(viewer, conversationId) is not { } current)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync();
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        var channels = await db.OpenChannels.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var contactId = await db.Clients.Where(c => c.Id == current.ClientId).Select(c => c.CrmContactId).SingleAsync();
        var visible = await Visible(db, scope, channels.Values.Where(c => c.IsActive).ToList(), OfTheSameClient(db, current.ClientId, contactId).AsNoTracking())
            .OrderByDescending(c => c.CreatedAt)
            .ToListAsync();

        var messages = await MessagesAsync(db, visible.Select(c => c.Id).ToList());
        return visible.Select(c => new PastConversation(c.Id, channels[c.OpenChannelId].Name, c.Status, c.CreatedAt, messages[c.Id])).ToList();
    }

    /// <summary>
    /// The assignment audit of a conversation, newest first: for those who may see it and whose level to see open
    /// channels reaches its channel (how its queue decided is part of the channel's settings).
    /// </summary>
    public async Task<IReadOnlyList<RoutingAuditRow>> RoutingAuditAsync(Viewer viewer, int conversationId)
    {
        if (await GetAsync(viewer, conversationId) is not { May.MaySeeRoutingAudit: true })
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

    /// <summary>
    /// ConversationAccess.MaySee in SQL, for the conversations of <paramref name="active"/> channels (O-2): the waiting
    /// ones of the viewer's queues, and those of the people the viewer's history or joining level reaches — held by
    /// them, or that they were invited into or answered in. The queues are few: whose the viewer is in is decided here once.
    /// </summary>
    internal static IQueryable<Conversation> Visible(
        OpenChannelsDbContext db, AccessScope scope, IReadOnlyList<OpenChannel> active, IQueryable<Conversation> conversations)
    {
        var activeIds = active.Select(ch => ch.Id).ToList();
        conversations = conversations.Where(c => activeIds.Contains(c.OpenChannelId));
        var reach = ConversationAccess.SeeingReach(scope.Rights);
        if (reach == AccessLevel.All)
        {
            return conversations;
        }

        return Reaching(db, scope, reach, [.. active.Where(scope.InQueue).Select(ch => ch.Id)], conversations);
    }

    /// <summary>
    /// The conversations a level reaches (docs/decisions/0013) — under <see cref="AccessLevel.Own"/> those held by the
    /// viewer, or that they were invited into or answered in; under <see cref="AccessLevel.Department"/> their colleagues'
    /// too — with those waiting, held by nobody, in the <paramref name="queued"/> channels. For <see cref="AccessLevel.All"/>
    /// callers need no filter.
    /// </summary>
    internal static IQueryable<Conversation> Reaching(
        OpenChannelsDbContext db, AccessScope scope, AccessLevel reach, List<int> queued, IQueryable<Conversation> conversations)
    {
        if (reach == AccessLevel.Own)
        {
            // One person: plain comparisons, which SQLite answers from the indexes.
            var me = scope.EmployeeId;
            var answered = db.Messages.Where(m => m.AuthorEmployeeId == me && m.Kind == MessageKind.Agent).Select(m => m.ConversationId);
            return conversations.Where(c =>
                (c.AssignedEmployeeId == null && queued.Contains(c.OpenChannelId))
                || c.AssignedEmployeeId == me
                || c.Participants.Any(p => p.EmployeeId == me)
                || answered.Contains(c.Id));
        }

        List<int> people = reach == AccessLevel.Department ? [.. scope.Colleagues] : [];
        var answeredByThem = db.Messages
            .Where(m => m.AuthorEmployeeId != null && people.Contains(m.AuthorEmployeeId.Value) && m.Kind == MessageKind.Agent)
            .Select(m => m.ConversationId);
        return conversations.Where(c =>
            (c.AssignedEmployeeId == null && queued.Contains(c.OpenChannelId))
            || (c.AssignedEmployeeId != null && people.Contains(c.AssignedEmployeeId.Value))
            || c.Participants.Any(p => people.Contains(p.EmployeeId))
            || answeredByThem.Contains(c.Id));
    }

    /// <summary>How the viewer stands to one conversation: its holder, and who was invited into it or answered the client in it.</summary>
    internal static async Task<ConversationStanding> StandingAsync(OpenChannelsDbContext db, AccessScope scope, Conversation conversation, OpenChannel channel)
    {
        var authors = await db.Messages
            .Where(m => m.ConversationId == conversation.Id && m.AuthorEmployeeId != null && m.Kind == MessageKind.Agent)
            .Select(m => m.AuthorEmployeeId!.Value)
            .Distinct()
            .ToListAsync();
        var standing = scope.StandingTo(conversation.AssignedEmployeeId, conversation.Participants.Select(p => p.EmployeeId).Concat(authors), channel);
        return standing with { ThroughCrm = await ThroughCrmAsync(db, scope, conversation) };
    }

    /// <summary>P-4: the viewer may see the lead or deal the conversation belongs to (CRM rights win over the levels).</summary>
    private static async Task<bool> ThroughCrmAsync(OpenChannelsDbContext db, AccessScope scope, Conversation conversation)
    {
        if (scope.Rights[Permission.ViewCrm] == AccessLevel.None || (conversation.CrmLeadId is null && conversation.CrmDealId is null))
        {
            return false;
        }

        var responsibles = await db.CrmLeads.Where(l => l.Id == conversation.CrmLeadId).Select(l => l.ResponsibleId)
            .Concat(db.CrmDeals.Where(d => d.Id == conversation.CrmDealId).Select(d => d.ResponsibleId))
            .ToListAsync();
        return responsibles.Any(r => CrmAccess.MayView(scope.Rights, CrmAccess.ToItem(scope.EmployeeId, scope.Colleagues, r)));
    }

    /// <summary>O-2 and the rights: nobody sees an inactive channel's conversations.</summary>
    internal static bool MaySee(AccessScope scope, ConversationStanding standing, OpenChannel channel) =>
        channel.IsActive && ConversationAccess.MaySee(scope.Rights, standing);

    private static async Task<Dictionary<int, IReadOnlyList<AgentMessage>>> MessagesAsync(OpenChannelsDbContext db, IReadOnlyList<int> conversationIds)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => conversationIds.Contains(m.ConversationId)).OrderBy(m => m.Id).ToListAsync();
        var names = await EmployeeNamesAsync(db, messages.Select(m => m.AuthorEmployeeId));
        var botIds = messages.Where(m => m.BotId != null).Select(m => m.BotId!.Value).Distinct().ToList();
        var bots = botIds.Count == 0 ? [] : await db.Bots.AsNoTracking().Where(b => botIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name);
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
                    MessageKind.Bot => m.BotId is { } bot ? bots.GetValueOrDefault(bot, "Bot") : "Bot",
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
