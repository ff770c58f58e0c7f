using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Personal access tokens for the agent API, made in the user's profile. The secret is shown once. L3: a token expires
/// (90 days unless its owner chooses otherwise, "never" only when chosen), and all of a user's tokens go when their
/// password is reset or they are dismissed; administrators see and revoke everyone's.
/// </summary>
public sealed class ApiTokenService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock, SecurityLog log)
{
    public const string TokenPrefix = "oc_";

    public const int DefaultValidDays = 90;

    public const int MaxValidDays = 3660;

    /// <summary>A new token valid for <paramref name="validDays"/> days; null (given explicitly) for one that never expires.</summary>
    public async Task<Result<string>> CreateAsync(string userId, string name, int? validDays = DefaultValidDays)
    {
        if (validDays is < 1 or > MaxValidDays)
        {
            return new InvalidInput("Expires", "A token is valid for 1 to {0} days, or never expires.", MaxValidDays);
        }

        var token = TokenPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var now = clock.GetUtcNow();
        ApiToken? added = null;
        var created = await writes.RunAsync<string>(db =>
        {
            added = new ApiToken
            {
                UserId = userId,
                Name = Guard.RequiredText(name, "Name", 100),
                TokenHash = Hash(token),
                Prefix = token[..10],
                CreatedAt = now,
                ExpiresAt = validDays is { } days ? now.AddDays(days) : null,
            };
            db.ApiTokens.Add(added);
            return Task.FromResult<Result<string>>(token);
        });
        if (created.Succeeded)
        {
            log.TokenCreated(added!.Id, userId, added.ExpiresAt);
        }

        return created;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();
    }

    /// <summary>Every user's tokens, for administrators: owner, name, prefix and dates.</summary>
    public async Task<IReadOnlyList<ApiTokenRow>> ListAllAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await (
            from t in db.ApiTokens.AsNoTracking()
            join u in db.Users on t.UserId equals u.Id
            join e in db.Employees on u.EmployeeId equals e.Id into owners
            from e in owners.DefaultIfEmpty()
            orderby t.Id descending
            select new { Token = t, u.Email, First = e == null ? null : e.FirstName, Last = e == null ? null : e.LastName })
            .ToListAsync();
        return [.. rows.Select(r => new ApiTokenRow(
            r.Token.Id, r.Token.UserId, $"{r.First} {r.Last}".Trim(), r.Email ?? string.Empty, r.Token.Name, r.Token.Prefix,
            r.Token.CreatedAt, r.Token.LastUsedAt, r.Token.ExpiresAt))];
    }

    /// <summary>The owner revokes one of their tokens.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var revoked = await db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId).ExecuteDeleteAsync() == 1;
        if (revoked)
        {
            log.TokenRevoked(tokenId, userId, userId);
        }

        return revoked;
    }

    /// <summary>An administrator revokes anyone's token (the page is for administrators only).</summary>
    public async Task<bool> RevokeAnyAsync(int tokenId, string actingUserId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var owner = await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.UserId).FirstOrDefaultAsync();
        var revoked = owner is not null && await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteDeleteAsync() == 1;
        if (revoked)
        {
            log.TokenRevoked(tokenId, owner!, actingUserId);
        }

        return revoked;
    }

    /// <summary>Removes all of a user's tokens inside the caller's context and transaction; returns how many.</summary>
    internal static Task<int> RevokeAllAsync(OpenChannelsDbContext db, string userId) =>
        db.ApiTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync();

    /// <summary>The user a live token belongs to, or null (unknown or expired); records its use at most once a minute.</summary>
    public async Task<string?> FindUserAsync(string token)
    {
        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync();
        var found = await db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == hash);
        var now = clock.GetUtcNow();
        if (found is null || found.IsExpired(now))
        {
            return null;
        }

        if (found.LastUsedAt is null || now - found.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            found.LastUsedAt = now;
            await db.SaveChangesAsync();
        }

        return found.UserId;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
