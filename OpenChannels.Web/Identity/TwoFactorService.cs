using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Settings;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238), on ASP.NET Core Identity's authenticator token
/// provider: a user turns it on from their profile with a code from the app, gets ten single-use recovery codes, makes new
/// ones or turns it off with a current code. Turning it on or off ends the user's other sessions and keeps the one they
/// did it in. Keys and codes are never logged. Each call runs in its own scope, so no circuit holds a DbContext.
/// </summary>
public sealed class TwoFactorService(
    IServiceScopeFactory scopes, SiteSettingsService settings, SessionStore sessions, SecondFactor secondFactor, SecurityLog log)
{
    public const string Issuer = "OpenChannels";

    public const int RecoveryCodeCount = 10;

    public async Task<TwoFactorStatus> GetStatusAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        var required = await settings.RequiresTwoFactorAsync(await users.IsInRoleAsync(user, Roles.Administrator));
        return user.TwoFactorEnabled
            ? new TwoFactorStatus(true, await users.CountRecoveryCodesAsync(user), required)
            : new TwoFactorStatus(false, 0, required);
    }

    /// <summary>
    /// The key to show for setting up the app. A new key is stored without renewing the security stamp, so merely
    /// starting the set-up signs no browser out; nothing changes at sign-in until <see cref="EnableAsync"/>.
    /// </summary>
    public async Task<Result<AuthenticatorSetup>> StartEnrolmentAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        if (user.TwoFactorEnabled)
        {
            return new Conflict("Two-factor sign-in is on already.");
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            var keys = (IUserAuthenticatorKeyStore<AppUser>)scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();
            await keys.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        return AuthenticatorSetup.For(user.Email ?? user.UserName ?? userId, key);
    }

    /// <summary>Turns two-factor sign-in on when <paramref name="code"/> is the app's current code; returns the recovery codes.</summary>
    public async Task<Result<TwoFactorChanged>> EnableAsync(string userId, string code, string? sessionKey)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        if (user.TwoFactorEnabled)
        {
            return new Conflict("Two-factor sign-in is on already.");
        }

        // Typing slips while setting up prove nothing about an attacker, so they do not count towards the lockout.
        if (!await secondFactor.VerifyAuthenticatorCodeAsync(users, user, code))
        {
            return new SecondFactorRefused(RecoveryCode: false);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        var session = await KeepOnlyThisSessionAsync(scope, user, sessionKey);
        log.TwoFactorEnabled(user.Id);
        return new TwoFactorChanged([.. codes], session);
    }

    /// <summary>New recovery codes for a current authenticator code; the old ones stop working.</summary>
    public async Task<Result<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(string userId, string code, string? clientAddress = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        if (!user.TwoFactorEnabled)
        {
            return new Conflict("Two-factor sign-in is off.");
        }

        if (await secondFactor.CheckAsync(users, user, code, recoveryCode: false, clientAddress) != SecondFactorCheck.Accepted)
        {
            return new SecondFactorRefused(RecoveryCode: false);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        log.RecoveryCodesRegenerated(user.Id);
        return codes.ToList();
    }

    /// <summary>
    /// Turns two-factor sign-in off, confirmed by a current authenticator code or the password (six digits are a code:
    /// passwords are longer). Refused when the administrators require it of this user. The key and codes are replaced.
    /// </summary>
    public async Task<Result<TwoFactorChanged>> DisableAsync(string userId, string codeOrPassword, string? sessionKey, string? clientAddress = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        if (!user.TwoFactorEnabled)
        {
            return new Conflict("Two-factor sign-in is off.");
        }

        if (await settings.RequiresTwoFactorAsync(await users.IsInRoleAsync(user, Roles.Administrator)))
        {
            return new TwoFactorRequired();
        }

        var confirmed = SecondFactor.LooksLikeAuthenticatorCode(codeOrPassword)
            ? await secondFactor.CheckAsync(users, user, codeOrPassword, recoveryCode: false, clientAddress) == SecondFactorCheck.Accepted
            : await secondFactor.CheckPasswordAsync(users, user, codeOrPassword, clientAddress);
        if (!confirmed)
        {
            return new ConfirmationRefused();
        }

        await secondFactor.ForgetAsync(users, user);
        var session = await KeepOnlyThisSessionAsync(scope, user, sessionKey);
        log.TwoFactorDisabled(user.Id);
        return new TwoFactorChanged([], session);
    }

    /// <summary>
    /// An administrator's reset for someone who lost their phone and codes: two-factor sign-in goes off with its key and
    /// codes, and every session of that user ends. If it is required of them, they set it up again at their next sign-in.
    /// </summary>
    public async Task<Result> ResetAsync(int employeeId, string? actingUserId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.Users.FirstOrDefaultAsync(u => u.EmployeeId == employeeId);
        if (user is null)
        {
            return new NotFound("Employee", employeeId);
        }

        await secondFactor.ForgetAsync(users, user);
        var ended = await sessions.EndAllAsync(user.Id);
        log.TwoFactorReset(user.Id, actingUserId, ended);
        return Result.Ok;
    }

    /// <summary>Whether the user must set up two-factor sign-in before using the app: required of them, and not on.</summary>
    public async Task<bool> MustEnrolAsync(string userId, bool isAdministrator, CancellationToken cancellationToken = default)
    {
        if (!await settings.RequiresTwoFactorAsync(isAdministrator, cancellationToken))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>();
        return !await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, cancellationToken);
    }

    /// <summary>
    /// Turning two-factor sign-in on or off renews the security stamp (Identity does), which would end every session
    /// within a minute: the other browsers are signed out now, and this one gets a principal with the new stamp.
    /// </summary>
    private async Task<ClaimsPrincipal?> KeepOnlyThisSessionAsync(AsyncServiceScope scope, AppUser user, string? sessionKey)
    {
        if (sessionKey is null)
        {
            await sessions.EndAllAsync(user.Id);
            return null;
        }

        await sessions.EndAllExceptAsync(user.Id, sessionKey);
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(user);
        return await sessions.ReplacePrincipalAsync(sessionKey, principal);
    }

    private static UserManager<AppUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
}
