using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Settings;

/// <summary>
/// The installation's settings page. Every signed-in request asks who must use two-factor sign-in, so the row is kept
/// in memory for a minute (another instance sharing the database sees a change within that minute; this one at once).
/// </summary>
public sealed class SiteSettingsService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock, SecurityLog log)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _cached;

    public async Task<TwoFactorRequirement> GetTwoFactorRequirementAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).TwoFactorRequirement;

    /// <summary>Whether someone in this role must have two-factor sign-in before using the app.</summary>
    public async Task<bool> RequiresTwoFactorAsync(bool isAdministrator, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).RequiresTwoFactor(isAdministrator);

    public async Task<Result> SaveTwoFactorRequirementAsync(TwoFactorRequirement requirement, string? actingUserId)
    {
        if (!Enum.IsDefined(requirement))
        {
            return new InvalidInput("Two-factor sign-in", "Choose who must use two-factor sign-in.");
        }

        SiteSettings? saved = null;
        var result = await writes.RunAsync(async db =>
        {
            saved = await db.SiteSettings.SingleAsync(s => s.Id == SiteSettings.SingleId);
            saved.RequireTwoFactor(requirement);
            return Result.Ok;
        });
        if (result.Succeeded)
        {
            _cached = new Snapshot(saved!, clock.GetUtcNow());
            log.TwoFactorRequirementChanged(requirement, actingUserId);
        }

        return result;
    }

    private async Task<SiteSettings> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.ReadAt < CacheFor)
        {
            return cached.Settings;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.SiteSettings.AsNoTracking().SingleAsync(s => s.Id == SiteSettings.SingleId, cancellationToken);
        _cached = new Snapshot(settings, clock.GetUtcNow());
        return settings;
    }

    private sealed record Snapshot(SiteSettings Settings, DateTimeOffset ReadAt);
}
