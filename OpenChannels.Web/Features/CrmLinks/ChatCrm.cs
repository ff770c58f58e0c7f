using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>
/// Where conversations meet the CRM (Q-8, Q-9, Q-10, A-2, CRM-2). Every method runs inside the caller's write
/// transaction, so the link, a created lead and the routing that follows are committed together or not at all, and two
/// conversations of one client cannot both create a contact: the second sees the first's.
/// </summary>
public sealed class ChatCrm(IPhoneNumbers phones, TimeProvider clock)
{
    /// <summary>
    /// recognise the client and attach the conversation to their contact and open lead or deal; or, when the channel
    /// says so and the client can be reached again, create a lead with its contact. Called when a conversation begins and
    /// again when the client sends the contact form (CRM-2: what they wrote fills the contact).
    /// </summary>
    public async Task RecogniseAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, Client client, DateTimeOffset now)
    {
        if (!channel.Crm.RecogniseClients)
        {
            return;
        }

        var facts = await FactsAsync(db, conversation, client);
        var recognition = ClientRecognition.Recognise(facts, await OwnerOfAsync(db, ContactPointKind.Email, facts.Email), await OwnerOfAsync(db, ContactPointKind.Phone, facts.Phone));
        if (recognition.ContactId is { } contactId && await db.CrmContacts.FirstOrDefaultAsync(c => c.Id == contactId) is { } contact)
        {
            await AttachAsync(db, conversation, client, contact, recognition.By);
            await LearnAsync(db, contact, facts, now);
            return;
        }

        if (channel.Crm.WhenNotRecognised == WhenNotRecognised.CreateLead && recognition.MayCreateLead)
        {
            var via = client.ContactGivenAt is not null && channel.ContactForm.Mode != ContactFormMode.Off ? CreatedVia.ContactForm : CreatedVia.Automatically;
            await CreateLeadAsync(db, channel, conversation, client, facts, via, responsibleId: null, now);
        }
    }

    /// <summary>What the chat knows of its client, as recognition reads it.</summary>
    internal async Task<ClientFacts> FactsAsync(OpenChannelsDbContext db, Conversation conversation, Client client)
    {
        var connector = await db.Connectors.Where(c => c.Id == conversation.ConnectorId).Select(c => c.Kind).SingleAsync();
        return new ClientFacts(connector, client.Name, client.Email, phones.ToE164(client.Phone), client.CrmContactId ?? conversation.CrmContactId);
    }

    /// <summary>
    /// Q-8 (the link, or automatically): a new contact from what the client told, a lead about it, and the conversation
    /// attached to both. Whoever accepts the conversation becomes responsible later, by <see cref="ChatResponsibility"/>.
    /// </summary>
    internal async Task<CrmLead> CreateLeadAsync(
        OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, Client client, ClientFacts facts, CreatedVia via, int? responsibleId, DateTimeOffset now)
    {
        var source = channel.Crm.SourceFor(facts.Connector);
        var name = ClientRecognition.ContactName(facts, client.Id);
        var contact = new CrmContact(name, source, responsibleId, now, conversation.Id);
        contact.SetPoints(facts.Email is null ? [] : [facts.Email], facts.Phone is null ? [] : [facts.Phone], now);
        db.CrmContacts.Add(contact);
        await db.SaveChangesAsync();
        var lead = new CrmLead($"{name} · {channel.Name}", contact.Id, source, via, responsibleId, now, conversation.Id);
        db.CrmLeads.Add(lead);
        await db.SaveChangesAsync();
        db.CrmTimeline.Add(CrmTimelineEntry.Event(CrmItemKind.Contact, contact.Id, TimelineEntryKind.Created, conversation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), responsibleId, now));
        db.CrmTimeline.Add(CrmTimelineEntry.Event(CrmItemKind.Lead, lead.Id, TimelineEntryKind.Created, conversation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), responsibleId, now));
        conversation.AttachToContact(contact.Id, RecognisedBy.None);
        conversation.AttachToLead(lead.Id);
        client.LinkToContact(contact.Id);
        await SettleAcceptorAsync(db, channel, conversation);
        return lead;
    }

    /// <summary>
    /// the recognised client's responsible person, when the channel routes to them: of their newest open deal, else
    /// of their newest open lead, else of the contact.
    /// </summary>
    public async Task<int?> ResponsibleForAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, CancellationToken cancellationToken = default)
    {
        if (!channel.Crm.RouteToResponsible || conversation.CrmContactId is not { } contactId)
        {
            return null;
        }

        var contactResponsible = await db.CrmContacts.Where(c => c.Id == contactId).Select(c => c.ResponsibleId).FirstOrDefaultAsync(cancellationToken);
        var deals = await db.CrmDeals.Where(d => d.ContactId == contactId && d.ClosedAt == null && d.ResponsibleId != null)
            .Select(d => new { d.CreatedAt, d.ResponsibleId }).ToListAsync(cancellationToken);
        var leads = await db.CrmLeads.Where(l => l.ContactId == contactId && (l.Status == LeadStatus.New || l.Status == LeadStatus.InProgress) && l.ResponsibleId != null)
            .Select(l => new { l.CreatedAt, l.ResponsibleId }).ToListAsync(cancellationToken);
        return ChatResponsibility.ForRouting(
            contactResponsible,
            deals.Select(d => (d.CreatedAt, d.ResponsibleId)),
            leads.Select(l => (l.CreatedAt, l.ResponsibleId)));
    }

    /// <summary>The first agent to accept the conversation becomes responsible for what it created and nobody answers for yet.</summary>
    public async Task SettleAcceptorAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation)
    {
        if (!conversation.IsAccepted || conversation.AssignedEmployeeId is not { } acceptor || conversation.CrmContactId is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var item in await CreatedItemsAsync(db, conversation))
        {
            if (ChatResponsibility.AcceptorTakes(item.Via, item.ResponsibleId, channel.ContactForm.AcceptorBecomesResponsible))
            {
                item.AssignTo(acceptor);
                db.CrmTimeline.Add(CrmTimelineEntry.Event(item.Kind, item.Id, TimelineEntryKind.ResponsibleChanged, acceptor.ToString(System.Globalization.CultureInfo.InvariantCulture), null, now));
            }
        }
    }

    /// <summary>Q-10: a manual transfer makes the transferee responsible for what the conversation created, when the channel says so.</summary>
    public async Task TransferredAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, int transfereeId, int byEmployeeId)
    {
        if (conversation.CrmContactId is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var item in await CreatedItemsAsync(db, conversation))
        {
            if (item.ResponsibleId != transfereeId && ChatResponsibility.TransfereeTakes(item.Via, channel.Crm.TransfereeBecomesResponsible))
            {
                item.AssignTo(transfereeId);
                db.CrmTimeline.Add(CrmTimelineEntry.Event(item.Kind, item.Id, TimelineEntryKind.ResponsibleChanged, transfereeId.ToString(System.Globalization.CultureInfo.InvariantCulture), byEmployeeId, now));
            }
        }
    }

    /// <summary>The contact that owns this e-mail or phone, if any.</summary>
    internal static async Task<int?> OwnerOfAsync(OpenChannelsDbContext db, ContactPointKind kind, string? value) =>
        value is null ? null : await db.CrmContacts
            .Where(c => c.Points.Any(p => p.Kind == kind && p.Value == value))
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync();

    /// <summary>The conversation belongs to the contact, and to the contact's newest open deal, else newest open lead.</summary>
    internal static async Task AttachAsync(OpenChannelsDbContext db, Conversation conversation, Client client, CrmContact contact, RecognisedBy by)
    {
        if (conversation.CrmContactId != contact.Id)
        {
            conversation.AttachToContact(contact.Id, by);
        }

        client.LinkToContact(contact.Id);
        if (conversation.CrmDealId is null && conversation.CrmLeadId is null)
        {
            var deal = await db.CrmDeals.Where(d => d.ContactId == contact.Id && d.ClosedAt == null).OrderByDescending(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync();
            var lead = deal is null
                ? await db.CrmLeads.Where(l => l.ContactId == contact.Id && (l.Status == LeadStatus.New || l.Status == LeadStatus.InProgress)).OrderByDescending(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync()
                : null;
            if (deal is { } d)
            {
                conversation.AttachToDeal(d);
            }
            else if (lead is { } l)
            {
                conversation.AttachToLead(l);
            }
        }
    }

    /// <summary>CRM-2: an e-mail or phone the chat told and nobody else owns joins the contact.</summary>
    private static async Task LearnAsync(OpenChannelsDbContext db, CrmContact contact, ClientFacts facts, DateTimeOffset now)
    {
        var email = facts.Email is { } e && !contact.Emails.Contains(e) && await OwnerOfAsync(db, ContactPointKind.Email, e) is null ? e : null;
        var phone = facts.Phone is { } p && !contact.Phones.Contains(p) && await OwnerOfAsync(db, ContactPointKind.Phone, p) is null ? p : null;
        if (email is not null || phone is not null)
        {
            contact.Learn(email, phone, now);
        }
    }

    private async Task<IReadOnlyList<ChatItem>> CreatedItemsAsync(OpenChannelsDbContext db, Conversation conversation)
    {
        // Seed 000: only what this conversation created (or the one it was split from) changes hands; existing items never.
        int?[] origins = [conversation.Id, conversation.SplitFromConversationId];
        var items = new List<ChatItem>();
        if (conversation.CrmLeadId is { } leadId
            && await db.CrmLeads.FirstOrDefaultAsync(l => l.Id == leadId && l.Via != CreatedVia.Crm && origins.Contains(l.CreatedFromConversationId)) is { } lead)
        {
            items.Add(new ChatItem(CrmItemKind.Lead, lead.Id, lead.Via, lead.ResponsibleId, id => lead.AssignTo(id, clock.GetUtcNow())));
            if (await db.CrmContacts.FirstOrDefaultAsync(c => c.Id == lead.ContactId && origins.Contains(c.CreatedFromConversationId)) is { } contact)
            {
                items.Add(new ChatItem(CrmItemKind.Contact, contact.Id, lead.Via, contact.ResponsibleId, id => contact.AssignTo(id, clock.GetUtcNow())));
            }
        }

        if (conversation.CrmDealId is { } dealId && await db.CrmDeals.FirstOrDefaultAsync(d => d.Id == dealId && d.Via != CreatedVia.Crm && origins.Contains(d.CreatedFromConversationId)) is { } deal)
        {
            items.Add(new ChatItem(CrmItemKind.Deal, deal.Id, deal.Via, deal.ResponsibleId, id => deal.AssignTo(id, clock.GetUtcNow())));
        }

        return items;
    }

    private sealed record ChatItem(CrmItemKind Kind, int Id, CreatedVia Via, int? ResponsibleId, Action<int> AssignTo);
}
