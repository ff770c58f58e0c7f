using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Home;

/// <summary>The numbers on the overview page.</summary>
public sealed class OverviewService(IDbContextFactory<OpenChannelsDbContext> contexts)
{
    public async Task<Overview> GetAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return new Overview(
            await db.OpenChannels.CountAsync(c => c.IsActive),
            await db.OpenChannels.CountAsync(),
            await db.Employees.CountAsync(e => e.DismissedAt == null),
            await db.Departments.CountAsync());
    }
}
