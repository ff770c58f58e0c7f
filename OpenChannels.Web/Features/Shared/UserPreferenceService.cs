using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
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

    /// <summary>The zone the user chose to read times in; null follows the browser.</summary>
    public async Task<string?> GetTimeZoneAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).FirstOrDefaultAsync();
    }

    /// <summary>Chooses the zone to read times in (an IANA id this machine knows), or null to follow the browser.</summary>
    public async Task<Result> SetTimeZoneAsync(string userId, string? timeZoneId)
    {
        var zone = string.IsNullOrWhiteSpace(timeZoneId) ? null : timeZoneId.Trim();
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return new InvalidInput("TimeZone", $"Unknown time zone \"{zone}\". Choose one from the list.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZone, zone));
        return Result.Ok;
    }
}
