using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>Personal access tokens for the agent API, made in the user's profile. The secret is shown once.</summary>
public sealed class ApiTokenService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    public const string TokenPrefix = "oc_";

    public Task<Result<string>> CreateAsync(string userId, string name) => writes.RunAsync<string>(db =>
    {
        var trimmed = Guard.RequiredText(name, "Name", 100);
        var token = TokenPrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = trimmed,
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = clock.GetUtcNow(),
        });
        return Task.FromResult<Result<string>>(token);
    });

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();
    }

    public async Task<bool> RevokeAsync(string userId, int tokenId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId).ExecuteDeleteAsync() == 1;
    }

    /// <summary>The user a token belongs to, or null; records its use at most once a minute.</summary>
    public async Task<string?> FindUserAsync(string token)
    {
        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync();
        var found = await db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (found is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (found.LastUsedAt is null || now - found.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            found.LastUsedAt = now;
            await db.SaveChangesAsync();
        }

        return found.UserId;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
