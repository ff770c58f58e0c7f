using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// The CRM pages (CRM-1): lists, cards, changes, notes and merges of contacts, companies, leads and deals. Every question
/// reads the viewer's current CRM rights: a list holds only what they may see, an item they may not see is not found,
/// and a change they may not make is refused — all in the write's own transaction.
/// </summary>
public sealed partial class CrmService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, AccessScopes scopes, IPhoneNumbers phones, CrmSettings settings, TimeProvider clock)
{
    public string DefaultCurrency => settings.DefaultCurrency;

    public async Task<bool> MayCreateAsync(Viewer viewer) => CrmAccess.MayCreate((await scopes.OfAsync(viewer.EmployeeId)).Rights);

    /// <summary>Employees the viewer may make responsible for an item: within their editing reach, dismissed ones aside.</summary>
    public async Task<IReadOnlyList<CrmPick>> ResponsibleCandidatesAsync(Viewer viewer, string? search)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var text = search?.Trim() ?? string.Empty;
        var people = await db.Employees.AsNoTracking().Where(e => e.DismissedAt == null)
            .Where(e => text == string.Empty || (e.FirstName + " " + e.LastName).Contains(text))
            .OrderBy(e => e.FirstName).ThenBy(e => e.LastName).Select(e => new { e.Id, e.FirstName, e.LastName }).Take(200).ToListAsync();
        return people.Where(p => CrmReach.MayAssign(scope, p.Id)).Select(p => new CrmPick(p.Id, Domain.Employees.Employee.NameOf(p.FirstName, p.LastName))).Take(20).ToList();
    }

    /// <summary>Contacts or companies the viewer sees, by name, for a picker.</summary>
    public async Task<IReadOnlyList<CrmPick>> PickAsync(Viewer viewer, CrmItemKind kind, string? search)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        await using var db = await contexts.CreateDbContextAsync();
        var text = search?.Trim() ?? string.Empty;
        return kind == CrmItemKind.Company
            ? await CrmReach.Reach(db.CrmCompanies.AsNoTracking(), scope, CrmOwnerFilter.Anyone).Where(c => c.Name.Contains(text))
                .OrderBy(c => c.Name).Take(20).Select(c => new CrmPick(c.Id, c.Name)).ToListAsync()
            : await CrmReach.Reach(db.CrmContacts.AsNoTracking(), scope, CrmOwnerFilter.Anyone).Where(c => c.Name.Contains(text))
                .OrderBy(c => c.Name).Take(20).Select(c => new CrmPick(c.Id, c.Name)).ToListAsync();
    }

    /// <summary>
    /// Loads an item for a change in the write's transaction: not visible is not found (ids cannot be probed), visible but
    /// not editable is refused.
    /// </summary>
    private static async Task<T> EditableAsync<T>(IQueryable<T> items, AccessScope scope, int id, string what)
        where T : class, IHasResponsible
    {
        var item = await items.FirstOrDefaultAsync(i => i.Id == id);
        if (item is null || !CrmReach.MayView(scope, item))
        {
            throw new DomainRuleViolated(new NotFound(what, id));
        }

        return CrmReach.MayEdit(scope, item) ? item : throw new DomainRuleViolated(new NotPermitted(Permission.EditCrm));
    }

    /// <summary>The responsible a form chose, checked against the viewer's reach; a new item without one is the viewer's.</summary>
    private static int? Responsible(AccessScope scope, CrmPick? chosen, bool isNew)
    {
        var id = chosen?.Id ?? (isNew ? scope.EmployeeId : null);
        return CrmReach.MayAssign(scope, id) ? id : throw new DomainRuleViolated(new InvalidInput("Responsible", "You cannot make this person responsible: it is beyond your CRM rights."));
    }

    private void Changed(OpenChannelsDbContext db, CrmItemKind kind, int id, TimelineEntryKind what, string detail, int by) =>
        db.CrmTimeline.Add(CrmTimelineEntry.Event(kind, id, what, detail, by, clock.GetUtcNow()));

    /// <summary>Adds a note to an item's timeline; seeing the item is enough to write one.</summary>
    public Task<Result> AddNoteAsync(Viewer viewer, CrmItemKind kind, int id, string text) => writes.RunAsync(async db =>
    {
        var scope = await AccessScopes.ReadAsync(db, viewer.EmployeeId, CancellationToken.None);
        IHasResponsible? item = kind switch
        {
            CrmItemKind.Contact => await db.CrmContacts.FirstOrDefaultAsync(i => i.Id == id),
            CrmItemKind.Company => await db.CrmCompanies.FirstOrDefaultAsync(i => i.Id == id),
            CrmItemKind.Lead => await db.CrmLeads.FirstOrDefaultAsync(i => i.Id == id),
            _ => await db.CrmDeals.FirstOrDefaultAsync(i => i.Id == id),
        };
        if (item is null || !CrmReach.MayView(scope, item))
        {
            return new NotFound(kind.ToString(), id);
        }

        db.CrmTimeline.Add(CrmTimelineEntry.Note(kind, id, text, viewer.EmployeeId, clock.GetUtcNow()));
        return Result.Ok;
    });
}
