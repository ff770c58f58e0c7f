using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Interactive forms cannot set cookies, so a checked password becomes a ticket valid for one minute and one use,
/// which <see cref="AccountEndpoints"/> redeems in a normal request. Stored in the database, so it works on any
/// instance; expired tickets are removed by the housekeeping job.
/// </summary>
public sealed class SignInTicketService(IDbContextFactory<OpenChannelsDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>A ticket for the browser whose nonce hashes to <paramref name="browserHash"/>.</summary>
    public async Task<string> IssueAsync(string userId, bool rememberMe, string browserHash)
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var db = await contexts.CreateDbContextAsync();
        db.SignInTickets.Add(new SignInTicket
        {
            TokenHash = Hash(token),
            UserId = userId,
            ExpiresAt = clock.GetUtcNow() + Lifetime,
            RememberMe = rememberMe,
            BrowserHash = browserHash,
        });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>
    /// Consumes the ticket; a second redemption, one after expiry, or one from a browser without the nonce it was issued
    /// for gets null (and the ticket is spent all the same).
    /// </summary>
    public async Task<SignInTicket?> RedeemAsync(string token, string? browserNonce)
    {
        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync();
        var ticket = await db.SignInTickets.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (ticket is null)
        {
            return null;
        }

        // The delete is the claim: of two concurrent redemptions only one deletes the row.
        var claimed = await db.SignInTickets.Where(t => t.TokenHash == hash).ExecuteDeleteAsync() == 1;
        return claimed && ticket.ExpiresAt > clock.GetUtcNow() && SignInBrowserBinding.Matches(browserNonce, ticket.BrowserHash)
            ? ticket
            : null;
    }

    /// <summary>Removes expired tickets; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SignInTickets.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
