using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// The administrator flag of an account (which asks for two-factor sign-in and shows in the user menu) and the
/// Administrator role held in person (P-1) say the same, whichever side changes: the Employees page's switch gives the
/// role, and giving or taking the role on the Access rights page sets the flag. Written in the caller's context, so it
/// commits with the change that caused it.
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

    /// <summary>The other way: the employee's account gets or loses the administrator flag.</summary>
    public static async Task FlagAsync(OpenChannelsDbContext db, int employeeId, bool holds)
    {
        var userId = await db.Users.Where(u => u.EmployeeId == employeeId).Select(u => u.Id).FirstOrDefaultAsync();
        var roleId = await db.Roles.Where(r => r.NormalizedName == Roles.Administrator.ToUpperInvariant()).Select(r => r.Id).FirstOrDefaultAsync();
        if (userId is null || roleId is null)
        {
            return;
        }

        var flagged = await db.UserRoles.FirstOrDefaultAsync(r => r.UserId == userId && r.RoleId == roleId);
        if (holds && flagged is null)
        {
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = roleId });
        }
        else if (!holds && flagged is not null)
        {
            db.UserRoles.Remove(flagged);
        }
    }
}
