using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// The CRM from the conversation (CRM-1, CRM-2, M-5, Q-8): what it is attached to, "Save to CRM" (the client's data and
/// a deal), and the "Create lead" link. Acting needs joining the conversation and creating CRM items; each action is one
/// transaction.
/// </summary>
public sealed class ConversationCrmService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, AccessScopes scopes, ChatCrm chat, IPhoneNumbers phones, CrmSettings settings, TimeProvider clock)
{
    /// <summary>The currency a new deal starts with (the operator's setting).</summary>
    public string DefaultCurrency => settings.DefaultCurrency;

    public async Task<ConversationCrmInfo> InfoAsync(Viewer viewer, int conversationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        if (await LoadAsync(db, scope, conversationId, tracked: false) is not { } found)
        {
            return ConversationCrmInfo.None;
        }

        var (conversation, channel, mayJoin) = found;
        var contact = conversation.CrmContactId is { } c ? await db.CrmContacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c) : null;
        var lead = conversation.CrmLeadId is { } l ? await db.CrmLeads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == l) : null;
        var deal = conversation.CrmDealId is { } d ? await db.CrmDeals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == d) : null;
        var stage = deal is null ? null : await db.DealStages.Where(s => s.Id == deal.StageId).Select(s => s.Name).FirstOrDefaultAsync();
        var client = await db.Clients.AsNoTracking().FirstAsync(x => x.Id == conversation.ClientId);
        var maySave = mayJoin && CrmAccess.MayCreate(scope.Rights);
        return new ConversationCrmInfo(
            contact is null ? null : new CrmPick(contact.Id, contact.Name),
            contact is not null && CrmReach.MayView(scope, contact),
            lead is null ? null : new CrmPick(lead.Id, lead.Title),
            lead is not null && CrmReach.MayView(scope, lead),
            deal is null ? null : new CrmPick(deal.Id, deal.Title),
            stage,
            deal is not null && CrmReach.MayView(scope, deal),
            conversation.RecognisedBy,
            maySave,
            maySave && contact is null && channel.Crm.WhenNotRecognised == WhenNotRecognised.OfferLink,
            client.Name ?? contact?.Name,
            client.Email ?? contact?.Emails.FirstOrDefault(),
            client.Phone ?? contact?.Phones.FirstOrDefault());
    }

    /// <summary>
    /// M-5, CRM-2: the client's data fills their contact — the one the conversation is attached to, else the one owning
    /// the e-mail or phone, else a new one the agent answers for — and a deal may be made; the conversation is attached.
    /// </summary>
    public Task<Result<SavedToCrm>> SaveAsync(Viewer viewer, int conversationId, SaveToCrmForm form) => writes.RunAsync<SavedToCrm>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var (conversation, channel) = await ActionableAsync(db, scope, conversationId);
        var now = clock.GetUtcNow();
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : EmailAddress.Normalize(form.Email);
        var phone = string.IsNullOrWhiteSpace(form.Phone) ? null
            : phones.ToE164(form.Phone) ?? throw new DomainRuleViolated(new InvalidInput("Phone", "'{0}' is not a phone number. Write it with its country code, e.g. +33 1 23 45 67 89.", form.Phone));
        var client = await db.Clients.FirstAsync(c => c.Id == conversation.ClientId);
        var facts = await chat.FactsAsync(db, conversation, client);

        // The same order as at the conversation's start: an earlier link, else the typed e-mail, else the phone.
        var byEmail = facts.LinkedContactId is null ? await ChatCrm.OwnerOfAsync(db, ContactPointKind.Email, email) : null;
        var byPhone = facts.LinkedContactId is null && byEmail is null ? await ChatCrm.OwnerOfAsync(db, ContactPointKind.Phone, phone) : null;
        var (contactId, by, _) = ClientRecognition.Recognise(facts with { Email = email, Phone = phone }, byEmail, byPhone);

        var contact = contactId is { } id ? await db.CrmContacts.FirstOrDefaultAsync(x => x.Id == id) : null;
        if (contact is null)
        {
            var name = string.IsNullOrWhiteSpace(form.Name) ? ClientRecognition.ContactName(facts with { Email = email, Phone = phone }, client.Id) : form.Name;
            contact = new CrmContact(name, channel.Crm.SourceFor(facts.Connector), viewer.EmployeeId, now, conversation.Id);
            db.CrmContacts.Add(contact);
            by = RecognisedBy.None;
        }
        else if (!CrmReach.MayView(scope, contact))
        {
            // Someone else's contact the agent may not see: saving must not reveal or change it.
            return new InvalidInput(email is not null ? "Email" : "Phone", "This e-mail or phone belongs to a contact you may not see.");
        }

        if (contact.Id == 0 || CrmReach.MayEdit(scope, contact))
        {
            if (!string.IsNullOrWhiteSpace(form.Name))
            {
                contact.Update(form.Name, contact.CompanyId, contact.Notes, now);
            }

            contact.Learn(email is not null && !contact.Emails.Contains(email) ? email : null, phone is not null && !contact.Phones.Contains(phone) ? phone : null, now);
            if (await CrmReach.DuplicateAsync(db, contact) is { } duplicate)
            {
                return duplicate;
            }
        }

        await db.SaveChangesAsync();
        await ChatCrm.AttachAsync(db, conversation, client, contact, by);
        int? dealId = null;
        if (form.CreateDeal)
        {
            var stage = await db.DealStages.Where(s => s.Outcome == StageOutcome.Open).OrderBy(s => s.Position).FirstAsync();
            var deal = new CrmDeal(
                string.IsNullOrWhiteSpace(form.DealTitle) ? $"{contact.Name} · {channel.Name}" : form.DealTitle,
                form.Amount, form.Currency, stage, contact.Id, CreatedVia.Agent, viewer.EmployeeId, now, conversation.Id);
            db.CrmDeals.Add(deal);
            await db.SaveChangesAsync();
            conversation.AttachToDeal(deal.Id);
            db.CrmTimeline.Add(CrmTimelineEntry.Event(CrmItemKind.Deal, deal.Id, TimelineEntryKind.Created, conversation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), viewer.EmployeeId, now));
            dealId = deal.Id;
        }

        db.CrmTimeline.Add(CrmTimelineEntry.Event(
            CrmItemKind.Contact, contact.Id, by == RecognisedBy.None ? TimelineEntryKind.Created : TimelineEntryKind.ConversationLinked,
            conversation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), viewer.EmployeeId, now));
        return new SavedToCrm(contact.Id, dealId);
    });

    /// <summary>Q-8's manual way: the "Create lead" link makes a lead (and its contact) of a client nobody recognised.</summary>
    public Task<Result<int>> CreateLeadAsync(Viewer viewer, int conversationId) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var (conversation, channel) = await ActionableAsync(db, scope, conversationId);
        if (conversation.CrmContactId is not null)
        {
            return new Conflict("This conversation's client is already in the CRM.");
        }

        var client = await db.Clients.FirstAsync(c => c.Id == conversation.ClientId);
        var lead = await chat.CreateLeadAsync(db, channel, conversation, client, await chat.FactsAsync(db, conversation, client), CreatedVia.Agent, viewer.EmployeeId, clock.GetUtcNow());
        return lead.Id;
    });

    private async Task<(Conversation, OpenChannel)> ActionableAsync(OpenChannelsDbContext db, AccessScope scope, int conversationId)
    {
        if (await LoadAsync(db, scope, conversationId, tracked: true) is not { } found)
        {
            throw new DomainRuleViolated(new NotFound("Conversation", conversationId));
        }

        return found.MayJoin && CrmAccess.MayCreate(scope.Rights)
            ? (found.Conversation, found.Channel)
            : throw new DomainRuleViolated(new NotPermitted(found.MayJoin ? Permission.EditCrm : Permission.JoinConversation));
    }

    private static async Task<(Conversation Conversation, OpenChannel Channel, bool MayJoin)?> LoadAsync(OpenChannelsDbContext db, AccessScope scope, int conversationId, bool tracked)
    {
        var conversations = tracked ? db.Conversations : db.Conversations.AsNoTracking();
        var conversation = await conversations.FirstOrDefaultAsync(c => c.Id == conversationId);
        if (conversation is null)
        {
            return null;
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);
        var standing = await ConversationQueries.StandingAsync(db, scope, conversation, channel);
        return ConversationQueries.MaySee(scope, standing, channel) ? (conversation, channel, ConversationAccess.MayJoin(scope.Rights, standing)) : null;
    }
}
