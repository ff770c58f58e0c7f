using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Localization;

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

    /// <summary>The language the user chose for the app's screens; null follows the browser.</summary>
    public async Task<string?> GetLanguageAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync();
    }

    /// <summary>Chooses the language of the app's screens (one of <see cref="UiCultures.All"/>), or null to follow the browser.</summary>
    public async Task<Result> SetLanguageAsync(string userId, string? language)
    {
        var name = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        if (name is not null && !UiCultures.IsSupported(name))
        {
            return new InvalidInput("Language", "Unknown language \"{0}\". Choose one from the list.", name);
        }

        await using var db = await contexts.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, name));
        return Result.Ok;
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
            return new InvalidInput("TimeZone", "Unknown time zone \"{0}\". Choose one from the list.", zone);
        }

        await using var db = await contexts.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZone, zone));
        return Result.Ok;
    }
}
