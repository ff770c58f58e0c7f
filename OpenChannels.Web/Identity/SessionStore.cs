using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Server-side sign-in sessions (ASVS 7.4): the cookie holds a random key, the ticket stays in the database. Signing
/// out deletes the row, so a copied cookie stops working; <see cref="EndAllAsync"/> ends every browser of a user
/// (role change, password reset, dismissal). Each ticket carries its key as a claim, so an open tab's circuit can
/// check that its session still exists (RevalidatingAuthenticationStateProvider).
/// </summary>
public sealed class SessionStore(IDbContextFactory<OpenChannelsDbContext> contexts, TimeProvider clock) : ITicketStore
{
    public const string SessionClaim = "openchannels:session";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        if (ticket.Principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }

        await using var db = await contexts.CreateDbContextAsync();
        db.AuthSessions.Add(new AuthSession
        {
            Id = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAt = ticket.Properties.ExpiresUtc,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.AuthSessions.FirstOrDefaultAsync(s => s.Id == key);
        if (session is null)
        {
            return;
        }

        session.Ticket = TicketSerializer.Default.Serialize(ticket);
        session.ExpiresAt = ticket.Properties.ExpiresUtc;
        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.AuthSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key);
        return session is null || session.ExpiresAt <= clock.GetUtcNow() ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.AuthSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.AuthSessions.AnyAsync(s => s.Id == key && (s.ExpiresAt == null || s.ExpiresAt > now), cancellationToken);
    }

    /// <summary>Signs the user out of every browser at once.</summary>
    public async Task<int> EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Signs the user out of every browser but the one holding <paramref name="keepKey"/>.</summary>
    public async Task<int> EndAllExceptAsync(string userId, string keepKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.Where(s => s.UserId == userId && s.Id != keepKey).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Puts a freshly made principal into the session <paramref name="key"/>, keeping its expiry and "remember me": after
    /// the user renewed their own security stamp (two-factor sign-in turned on or off), the browser they did it in stays
    /// signed in. Returns the principal as the session now holds it (with its key), or null when the session is gone.
    /// </summary>
    public async Task<ClaimsPrincipal?> ReplacePrincipalAsync(string key, ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.AuthSessions.FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
        if (session is null || TicketSerializer.Default.Deserialize(session.Ticket) is not { } old)
        {
            return null;
        }

        if (principal.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionClaim))
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }

        session.Ticket = TicketSerializer.Default.Serialize(new AuthenticationTicket(principal, old.Properties, old.AuthenticationScheme));
        await db.SaveChangesAsync(cancellationToken);
        return principal;
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuthSessions.Where(s => s.ExpiresAt != null && s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
