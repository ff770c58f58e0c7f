using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Until the access-rights model decides everything (docs/decisions/0013), the administrator flag and the
/// Administrator role (P-1) say the same: whoever is made an administrator holds the role, and loses it with the flag.
/// Written in the caller's context, so it commits with the flag.
/// </summary>
internal static class AdministratorRole
{
    public static async Task GiveAsync(OpenChannelsDbContext db, int employeeId, bool holds)
    {
        var roleId = await db.AccessRoles.Where(r => r.Kind == RoleKind.Administrator).Select(r => r.Id).SingleAsync();
        var held = await db.AccessRoleHolders.FirstOrDefaultAsync(h => h.RoleId == roleId && h.Kind == HolderKind.Employee && h.HolderId == employeeId);
        if (holds && held is null)
        {
            db.AccessRoleHolders.Add(new RoleHolder(roleId, HolderKind.Employee, employeeId));
        }
        else if (!holds && held is not null)
        {
            db.AccessRoleHolders.Remove(held);
        }

        await db.SaveChangesAsync();
    }
}
