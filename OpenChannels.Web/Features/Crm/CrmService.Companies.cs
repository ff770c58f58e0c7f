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
    public async Task<CrmPage<CrmCompanyRow>> CompaniesAsync(Viewer viewer, CrmListQuery query)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var companies = CrmReach.Reach(db.CrmCompanies.AsNoTracking(), scope, query.Owner);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            companies = companies.Where(c => c.Name.Contains(text) || (c.Website != null && c.Website.Contains(text)));
        }

        var total = await companies.CountAsync();
        var page = await companies.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(c => new { Company = c, Contacts = db.CrmContacts.Count(p => p.CompanyId == c.Id) }).ToListAsync();
        var names = await ConversationQueries.EmployeeNamesAsync(db, page.Select(c => c.Company.ResponsibleId));
        return new CrmPage<CrmCompanyRow>(
            page.Select(c => new CrmCompanyRow(c.Company.Id, c.Company.Name, c.Company.Website, c.Contacts, c.Company.ResponsibleId is { } r ? names.GetValueOrDefault(r) : null, c.Company.UpdatedAt)).ToList(),
            total);
    }

    public async Task<CrmCompanyCard?> CompanyAsync(Viewer viewer, int id)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var company = await db.CrmCompanies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (company is null || !CrmReach.MayView(scope, company))
        {
            return null;
        }

        var contacts = await ContactRowsAsync(db, await CrmReach.Reach(db.CrmContacts.AsNoTracking(), scope, CrmOwnerFilter.Anyone).Where(c => c.CompanyId == id).OrderBy(c => c.Name).ToListAsync());
        var deals = await DealRowsAsync(db, await CrmReach.Reach(db.CrmDeals.AsNoTracking(), scope, CrmOwnerFilter.Anyone).Where(d => d.CompanyId == id).OrderByDescending(d => d.Id).ToListAsync());
        var contactIds = await db.CrmContacts.Where(c => c.CompanyId == id).Select(c => (int?)c.Id).ToListAsync();
        return new CrmCompanyCard(company, contacts, deals, await CommonAsync(db, scope, company, CrmItemKind.Company, db.Conversations.Where(c => contactIds.Contains(c.CrmContactId))));
    }

    public Task<Result<int>> SaveCompanyAsync(Viewer viewer, int? id, CrmCompanyForm form) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var now = clock.GetUtcNow();
        CrmCompany company;
        if (id is { } existing)
        {
            company = await EditableAsync(db.CrmCompanies, scope, existing, "Company");
        }
        else if (Domain.Access.CrmAccess.MayCreate(scope.Rights))
        {
            company = new CrmCompany(form.Name, null, now);
            db.CrmCompanies.Add(company);
        }
        else
        {
            return new Domain.Access.NotPermitted(Domain.Access.Permission.EditCrm);
        }

        company.Update(form.Name, form.Website, form.Notes, now);
        var responsible = Responsible(scope, form.Responsible, id is null);
        var reassigned = id is not null && company.ResponsibleId != responsible;
        company.AssignTo(responsible, now);
        await db.SaveChangesAsync();
        if (id is null || reassigned)
        {
            Changed(db, CrmItemKind.Company, company.Id, id is null ? TimelineEntryKind.Created : TimelineEntryKind.ResponsibleChanged, responsible?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, viewer.EmployeeId);
        }

        return company.Id;
    });

    /// <summary>Deletes a company; its contacts and deals stay, without it.</summary>
    public Task<Result> DeleteCompanyAsync(Viewer viewer, int id) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var company = await EditableAsync(db.CrmCompanies, scope, id, "Company");
        await db.CrmContacts.Where(c => c.CompanyId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CompanyId, (int?)null));
        await db.CrmDeals.Where(d => d.CompanyId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.CompanyId, (int?)null));
        await db.CrmTimeline.Where(e => e.ItemKind == CrmItemKind.Company && e.ItemId == id).ExecuteDeleteAsync();
        db.CrmCompanies.Remove(company);
        return Result.Ok;
    });
}
