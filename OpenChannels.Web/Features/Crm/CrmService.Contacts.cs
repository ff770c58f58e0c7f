using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

public sealed partial class CrmService
{
    public async Task<CrmPage<CrmContactRow>> ContactsAsync(Viewer viewer, CrmListQuery query)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var contacts = CrmReach.Reach(db.CrmContacts.AsNoTracking(), scope, query.Owner);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // A phone is matched in E.164 as well as typed, an e-mail in lower case.
            var text = query.Search.Trim();
            var phone = phones.ToE164(text) ?? text;
            var lower = text.ToLowerInvariant();
            contacts = contacts.Where(c => c.Name.Contains(text) || c.Points.Any(p => p.Value.Contains(lower) || p.Value == phone));
        }

        var total = await contacts.CountAsync();
        var page = await contacts.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync();
        return new CrmPage<CrmContactRow>(await ContactRowsAsync(db, page), total);
    }

    private static async Task<IReadOnlyList<CrmContactRow>> ContactRowsAsync(OpenChannelsDbContext db, IReadOnlyList<CrmContact> contacts)
    {
        var companyIds = contacts.Where(c => c.CompanyId != null).Select(c => c.CompanyId!.Value).Distinct().ToList();
        var companies = await db.CrmCompanies.Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        var names = await ConversationQueries.EmployeeNamesAsync(db, contacts.Select(c => c.ResponsibleId));
        return contacts.Select(c => new CrmContactRow(
            c.Id,
            c.Name,
            c.Emails.FirstOrDefault(),
            c.Phones.FirstOrDefault(),
            c.CompanyId is { } company ? companies.GetValueOrDefault(company) : null,
            c.ResponsibleId is { } r ? names.GetValueOrDefault(r) : null,
            c.Source,
            c.UpdatedAt)).ToList();
    }

    public async Task<CrmContactCard?> ContactAsync(Viewer viewer, int id)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var contact = await db.CrmContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (contact is null || !CrmReach.MayView(scope, contact))
        {
            return null;
        }

        var company = contact.CompanyId is { } companyId ? await db.CrmCompanies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync() : null;
        var leads = await LeadRowsAsync(db, await db.CrmLeads.AsNoTracking().Where(l => l.ContactId == id).OrderByDescending(l => l.Id).ToListAsync());
        var deals = await DealRowsAsync(db, await db.CrmDeals.AsNoTracking().Where(d => d.ContactId == id).OrderByDescending(d => d.Id).ToListAsync());
        return new CrmContactCard(contact, company, leads, deals, await CommonAsync(db, scope, contact, CrmItemKind.Contact, db.Conversations.Where(c => c.CrmContactId == id)));
    }

    public Task<Result<int>> SaveContactAsync(Viewer viewer, int? id, CrmContactForm form) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var now = clock.GetUtcNow();
        var phoneValues = new List<string>();
        foreach (var typed in CrmContactForm.Lines(form.Phones))
        {
            phoneValues.Add(phones.ToE164(typed)
                ?? throw new DomainRuleViolated(new InvalidInput("Phones", "'{0}' is not a phone number. Write it with its country code, e.g. +33 1 23 45 67 89.", typed)));
        }

        CrmContact contact;
        if (id is { } existing)
        {
            contact = await EditableAsync(db.CrmContacts, scope, existing, "Contact");
            contact.Update(form.Name, form.Company?.Id, form.Notes, now);
        }
        else
        {
            if (!Domain.Access.CrmAccess.MayCreate(scope.Rights))
            {
                return new Domain.Access.NotPermitted(Domain.Access.Permission.EditCrm);
            }

            contact = new CrmContact(form.Name, form.Source, null, now);
            contact.Update(form.Name, form.Company?.Id, form.Notes, now);
            db.CrmContacts.Add(contact);
        }

        var responsible = Responsible(scope, form.Responsible, id is null);
        contact.SetPoints(CrmContactForm.Lines(form.Emails), phoneValues, now);
        if (await CrmReach.DuplicateAsync(db, contact) is { } duplicate)
        {
            return duplicate;
        }

        if (id is null)
        {
            contact.AssignTo(responsible, now);
        }
        else if (contact.ResponsibleId != responsible)
        {
            contact.AssignTo(responsible, now);
            await db.SaveChangesAsync();
            Changed(db, CrmItemKind.Contact, contact.Id, TimelineEntryKind.ResponsibleChanged, responsible?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, viewer.EmployeeId);
        }

        await db.SaveChangesAsync();
        if (id is null)
        {
            Changed(db, CrmItemKind.Contact, contact.Id, TimelineEntryKind.Created, string.Empty, viewer.EmployeeId);
        }

        return contact.Id;
    });

    /// <summary>
    /// Merge (dedupe): <paramref name="duplicateId"/> disappears into <paramref name="keepId"/>, which takes its e-mails,
    /// phones and notes, and every link: clients, conversations, leads, deals and timeline. One transaction.
    /// </summary>
    public Task<Result> MergeContactsAsync(Viewer viewer, int keepId, int duplicateId) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var keep = await EditableAsync(db.CrmContacts, scope, keepId, "Contact");
        var duplicate = await EditableAsync(db.CrmContacts, scope, duplicateId, "Contact");
        var now = clock.GetUtcNow();

        // The duplicate's points leave it before they join the kept contact, or the unique index would see them twice.
        keep.Absorb(duplicate, now);
        db.CrmContacts.Remove(duplicate);
        await db.Clients.Where(c => c.CrmContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmContactId, keepId));
        await db.Conversations.Where(c => c.CrmContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmContactId, keepId));
        await db.CrmLeads.Where(l => l.ContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ContactId, keepId));
        await db.CrmDeals.Where(d => d.ContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ContactId, keepId));
        await db.CrmTimeline.Where(e => e.ItemKind == CrmItemKind.Contact && e.ItemId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ItemId, keepId));
        Changed(db, CrmItemKind.Contact, keepId, TimelineEntryKind.Merged, duplicate.Name, viewer.EmployeeId);
        return Result.Ok;
    });

    /// <summary>Deletes a contact with its leads; its deals, conversations and clients stay, no longer linked to it.</summary>
    public Task<Result> DeleteContactAsync(Viewer viewer, int id) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var contact = await EditableAsync(db.CrmContacts, scope, id, "Contact");
        var leads = await db.CrmLeads.Where(l => l.ContactId == id).Select(l => l.Id).ToListAsync();
        await db.Clients.Where(c => c.CrmContactId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmContactId, (int?)null));
        await db.Conversations.Where(c => c.CrmContactId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmContactId, (int?)null));
        await db.Conversations.Where(c => c.CrmLeadId != null && leads.Contains(c.CrmLeadId.Value)).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmLeadId, (int?)null));
        await db.CrmDeals.Where(d => d.ContactId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ContactId, (int?)null));
        await db.CrmTimeline.Where(e => (e.ItemKind == CrmItemKind.Contact && e.ItemId == id) || (e.ItemKind == CrmItemKind.Lead && leads.Contains(e.ItemId))).ExecuteDeleteAsync();
        db.CrmContacts.Remove(contact);
        return Result.Ok;
    });
}
