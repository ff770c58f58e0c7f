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
    public async Task<CrmPage<CrmDealRow>> DealsAsync(Viewer viewer, CrmListQuery query)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var deals = CrmReach.Reach(db.CrmDeals.AsNoTracking(), scope, query.Owner);
        if (query.StageId is { } stage)
        {
            deals = deals.Where(d => d.StageId == stage);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            deals = deals.Where(d => d.Title.Contains(text) || db.CrmContacts.Any(c => c.Id == d.ContactId && c.Name.Contains(text)));
        }

        var total = await deals.CountAsync();
        var page = await deals.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync();
        return new CrmPage<CrmDealRow>(await DealRowsAsync(db, page), total);
    }

    private static async Task<IReadOnlyList<CrmDealRow>> DealRowsAsync(OpenChannelsDbContext db, IReadOnlyList<CrmDeal> deals)
    {
        var stages = await db.DealStages.AsNoTracking().ToDictionaryAsync(s => s.Id);
        var contactIds = deals.Where(d => d.ContactId != null).Select(d => d.ContactId!.Value).Distinct().ToList();
        var contacts = await db.CrmContacts.Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        var names = await ConversationQueries.EmployeeNamesAsync(db, deals.Select(d => d.ResponsibleId));
        return deals.Select(d => new CrmDealRow(
            d.Id, d.Title, d.Amount, d.Currency, stages[d.StageId].Name, stages[d.StageId].Outcome, d.ContactId,
            d.ContactId is { } c ? contacts.GetValueOrDefault(c) : null,
            d.ResponsibleId is { } r ? names.GetValueOrDefault(r) : null, d.UpdatedAt)).ToList();
    }

    public async Task<CrmDealCard?> DealAsync(Viewer viewer, int id)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var deal = await db.CrmDeals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (deal is null || !CrmReach.MayView(scope, deal))
        {
            return null;
        }

        var stage = await db.DealStages.AsNoTracking().FirstAsync(s => s.Id == deal.StageId);
        var contact = deal.ContactId is { } contactId ? await db.CrmContacts.Where(c => c.Id == contactId).Select(c => c.Name).FirstOrDefaultAsync() : null;
        var company = deal.CompanyId is { } companyId ? await db.CrmCompanies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync() : null;
        return new CrmDealCard(deal, stage, contact, company, await CommonAsync(db, scope, deal, CrmItemKind.Deal, db.Conversations.Where(c => c.CrmDealId == id)));
    }

    public Task<Result<int>> SaveDealAsync(Viewer viewer, int? id, CrmDealForm form) => writes.RunAsync<int>(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var now = clock.GetUtcNow();
        var stage = await db.DealStages.FirstOrDefaultAsync(s => s.Id == form.StageId)
            ?? throw new DomainRuleViolated(new InvalidInput("Stage", "Choose a stage."));
        CrmDeal deal;
        var before = (int?)null;
        if (id is { } existing)
        {
            deal = await EditableAsync(db.CrmDeals, scope, existing, "Deal");
            before = deal.StageId;
            deal.Update(form.Title, form.Amount, form.Currency, stage, form.Contact?.Id, form.Company?.Id, now);
        }
        else if (Domain.Access.CrmAccess.MayCreate(scope.Rights))
        {
            deal = new CrmDeal(form.Title, form.Amount, form.Currency, stage, form.Contact?.Id, CreatedVia.Crm, null, now);
            deal.Update(form.Title, form.Amount, form.Currency, stage, form.Contact?.Id, form.Company?.Id, now);
            db.CrmDeals.Add(deal);
        }
        else
        {
            return new Domain.Access.NotPermitted(Domain.Access.Permission.EditCrm);
        }

        var responsible = Responsible(scope, form.Responsible, id is null);
        var reassigned = id is not null && deal.ResponsibleId != responsible;
        deal.AssignTo(responsible, now);
        await db.SaveChangesAsync();
        if (id is null)
        {
            Changed(db, CrmItemKind.Deal, deal.Id, TimelineEntryKind.Created, string.Empty, viewer.EmployeeId);
        }
        else if (before != deal.StageId)
        {
            Changed(db, CrmItemKind.Deal, deal.Id, TimelineEntryKind.Changed, stage.Name, viewer.EmployeeId);
        }

        if (reassigned)
        {
            Changed(db, CrmItemKind.Deal, deal.Id, TimelineEntryKind.ResponsibleChanged, responsible?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, viewer.EmployeeId);
        }

        return deal.Id;
    });

    public Task<Result> DeleteDealAsync(Viewer viewer, int id) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        var deal = await EditableAsync(db.CrmDeals, scope, id, "Deal");
        await db.Conversations.Where(c => c.CrmDealId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmDealId, (int?)null));
        await db.CrmTimeline.Where(e => e.ItemKind == CrmItemKind.Deal && e.ItemId == id).ExecuteDeleteAsync();
        db.CrmDeals.Remove(deal);
        return Result.Ok;
    });

    public async Task<IReadOnlyList<DealStage>> StagesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.DealStages.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync();
    }
}
