using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;

namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>
/// The CRM rights as queries and checks (CRM-1, P-4), shared by the CRM pages and the conversation's CRM bar: which items
/// a viewer reaches, and whether they may see, change or hand one over.
/// </summary>
public static class CrmReach
{
    /// <summary>The items the viewer's CRM level reaches, then narrowed to whose the list asks for.</summary>
    public static IQueryable<T> Reach<T>(IQueryable<T> items, AccessScope scope, CrmOwnerFilter owner)
        where T : class, IHasResponsible
    {
        var me = scope.EmployeeId;
        List<int> colleagues = [.. scope.Colleagues];
        items = scope.Rights[Permission.ViewCrm] switch
        {
            AccessLevel.All => items,
            AccessLevel.Department => items.Where(i => i.ResponsibleId != null && colleagues.Contains(i.ResponsibleId.Value)),
            AccessLevel.Own => items.Where(i => i.ResponsibleId == me),
            _ => items.Where(i => false),
        };
        return owner switch
        {
            CrmOwnerFilter.Mine => items.Where(i => i.ResponsibleId == me),
            CrmOwnerFilter.Unassigned => items.Where(i => i.ResponsibleId == null),
            _ => items,
        };
    }

    public static Relation RelationTo(AccessScope scope, int? responsibleId) => CrmAccess.ToItem(scope.EmployeeId, scope.Colleagues, responsibleId);

    public static bool MayView(AccessScope scope, IHasResponsible item) => CrmAccess.MayView(scope.Rights, RelationTo(scope, item.ResponsibleId));

    public static bool MayEdit(AccessScope scope, IHasResponsible item) => CrmAccess.MayEdit(scope.Rights, RelationTo(scope, item.ResponsibleId));

    /// <summary>One may hand an item only to someone within one's own editing reach (nobody: only with "all").</summary>
    public static bool MayAssign(AccessScope scope, int? responsibleId) => CrmAccess.MayEdit(scope.Rights, RelationTo(scope, responsibleId));

    /// <summary>The uniqueness check: the first e-mail or phone of <paramref name="contact"/> another contact owns.</summary>
    public static async Task<DuplicateContactPoint?> DuplicateAsync(OpenChannelsDbContext db, CrmContact contact)
    {
        foreach (var point in contact.Points)
        {
            var owner = await db.CrmContacts.AsNoTracking()
                .Where(c => c.Id != contact.Id && c.Points.Any(p => p.Kind == point.Kind && p.Value == point.Value))
                .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync();
            if (owner is not null)
            {
                return new DuplicateContactPoint(point.Kind == ContactPointKind.Email ? "Emails" : "Phones", point.Value, owner.Id, owner.Name);
            }
        }

        return null;
    }
}
