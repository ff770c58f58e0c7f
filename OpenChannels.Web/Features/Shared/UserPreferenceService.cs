using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Shared;

/// <summary>Per-user display choices kept on the account, so they follow the user to any browser.</summary>
public sealed class UserPreferenceService(IDbContextFactory<OpenChannelsDbContext> contexts)
{
    public async Task<bool?> GetDarkModeAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).FirstOrDefaultAsync();
    }

    public async Task SetDarkModeAsync(string userId, bool darkMode)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, darkMode));
    }
}
