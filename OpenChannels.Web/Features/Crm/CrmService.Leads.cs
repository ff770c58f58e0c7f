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
    public async Task<CrmPage<CrmLeadRow>> LeadsAsync(Viewer viewer, CrmListQuery query)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var leads = CrmReach.Reach(db.CrmLeads.AsNoTracking(), scope, query.Owner);
        if (query.Status is { } status)
        {
            leads = leads.Where(l => l.Status == (LeadStatus)status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            leads = leads.Where(l => l.Title.Contains(text) || db.CrmContacts.Any(c => c.Id == l.ContactId && c.Name.Contains(text)));
        }

        var total = await leads.CountAsync();
        var page = await leads.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync();
        return new CrmPage<CrmLeadRow>(await LeadRowsAsync(db, page), total);
    }

    private static async Task<IReadOnlyList<CrmLeadRow>> LeadRowsAsync(OpenChannelsDbContext db, IReadOnlyList<CrmLead> leads)
    {
        var contactIds = leads.Select(l => l.ContactId).Distinct().ToList();
        var contacts = await db.CrmContacts.Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        var names = await ConversationQueries.EmployeeNamesAsync(db, leads.Select(l => l.ResponsibleId));
        return leads.Select(l => new CrmLeadRow(
            l.Id, l.Title, l.ContactId, contacts.GetValueOrDefault(l.ContactId, string.Empty), l.Source, l.Status,
            l.ResponsibleId is { } r ? names.GetValueOrDefault(r) : null, l.CreatedAt)).ToList();
    }

    public async Task<CrmLeadCard?> LeadAsync(Viewer viewer, int id)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var lead = await db.CrmLeads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id);
        if (lead is null || !CrmReach.MayView(scope, lead))
        {
            return null;
        }

        var contact = await db.CrmContacts.Where(c => c.Id == lead.ContactId).Select(c => c.Name).FirstAsync();
        return new CrmLeadCard(lead, contact, await CommonAsync(db, scope, lead, CrmItemKind.Lead, db.Conversations.Where(c => c.CrmLeadId == id)));
    }

    public Task<Result<int>> SaveLeadAsync(Viewer viewer, int? id, CrmLeadForm form) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var now = clock.GetUtcNow();
        CrmLead lead;
        if (id is { } existing)
        {
            lead = await EditableAsync(db.CrmLeads, scope, existing, "Lead");
        }
        else
        {
            var contactId = form.Contact?.Id ?? throw new DomainRuleViolated(new InvalidInput("Contact", "Choose the contact the lead is about."));
            var contact = await db.CrmContacts.FirstOrDefaultAsync(c => c.Id == contactId);
            if (contact is null || !CrmReach.MayView(scope, contact) || !Domain.Access.CrmAccess.MayCreate(scope.Rights))
            {
                return new NotFound("Contact", contactId);
            }

            lead = new CrmLead(form.Title, contactId, form.Source, CreatedVia.Crm, null, now);
            db.CrmLeads.Add(lead);
        }

        var status = lead.Status;
        lead.Update(form.Title, form.Source, form.Status, now);
        var responsible = Responsible(scope, form.Responsible, id is null);
        var reassigned = id is not null && lead.ResponsibleId != responsible;
        lead.AssignTo(responsible, now);
        await db.SaveChangesAsync();
        if (id is null)
        {
            Changed(db, CrmItemKind.Lead, lead.Id, TimelineEntryKind.Created, string.Empty, viewer.EmployeeId);
        }

        if (id is not null && status != lead.Status)
        {
            Changed(db, CrmItemKind.Lead, lead.Id, TimelineEntryKind.Changed, lead.Status.ToString(), viewer.EmployeeId);
        }

        if (reassigned)
        {
            Changed(db, CrmItemKind.Lead, lead.Id, TimelineEntryKind.ResponsibleChanged, responsible?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, viewer.EmployeeId);
        }

        return lead.Id;
    });

    /// <summary>Qualifies a lead: a deal at the pipeline's first stage, for the same contact; its conversations now belong to the deal too.</summary>
    public Task<Result<int>> ConvertLeadAsync(Viewer viewer, int id) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var lead = await EditableAsync(db.CrmLeads, scope, id, "Lead");
        var now = clock.GetUtcNow();
        var stage = await db.DealStages.Where(s => s.Outcome == StageOutcome.Open).OrderBy(s => s.Position).FirstAsync();
        var deal = new CrmDeal(lead.Title, 0, settings.DefaultCurrency, stage, lead.ContactId, lead.Via, lead.ResponsibleId, now, lead.CreatedFromConversationId);
        db.CrmDeals.Add(deal);
        await db.SaveChangesAsync();
        lead.ConvertedInto(deal.Id, now);
        await db.Conversations.Where(c => c.CrmLeadId == id && c.CrmDealId == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmDealId, deal.Id));
        Changed(db, CrmItemKind.Lead, id, TimelineEntryKind.Changed, LeadStatus.Converted.ToString(), viewer.EmployeeId);
        Changed(db, CrmItemKind.Deal, deal.Id, TimelineEntryKind.Created, string.Empty, viewer.EmployeeId);
        return deal.Id;
    });

    public Task<Result> DeleteLeadAsync(Viewer viewer, int id) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var lead = await EditableAsync(db.CrmLeads, scope, id, "Lead");
        await db.Conversations.Where(c => c.CrmLeadId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmLeadId, (int?)null));
        await db.CrmTimeline.Where(e => e.ItemKind == CrmItemKind.Lead && e.ItemId == id).ExecuteDeleteAsync();
        db.CrmLeads.Remove(lead);
        return Result.Ok;
    });
}
