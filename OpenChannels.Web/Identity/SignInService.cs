using Microsoft.AspNetCore.Identity;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>
/// The sign-in form's steps. A right password issues the one-time ticket at once, unless the account has two-factor
/// sign-in: then it opens a pending sign-in (<see cref="PendingSignIns"/>), and only a right authenticator or recovery
/// code issues the ticket. Wrong codes count towards the account's lockout and the address's throttle, as wrong
/// passwords do (L1).
/// </summary>
public sealed class SignInService(
    IServiceScopeFactory scopes,
    AccountService accounts,
    SignInTicketService tickets,
    PendingSignIns pending,
    SecondFactor secondFactor,
    SignInThrottle throttle,
    SecurityLog log)
{
    /// <summary>The password step, for the browser whose nonce hashes to <paramref name="browserHash"/>.</summary>
    public async Task<Result<SignInStep>> SignInWithPasswordAsync(
        string email, string password, bool rememberMe, string browserHash, string? clientAddress)
    {
        var checkedPassword = await accounts.CheckPasswordAsync(email, password, clientAddress);
        if (!checkedPassword.Succeeded)
        {
            return checkedPassword.Error;
        }

        var userId = checkedPassword.Value;
        if (await HasTwoFactorAsync(userId))
        {
            return new SignInStep.CodeNeeded(pending.Begin(userId, rememberMe, browserHash));
        }

        return new SignInStep.SignedIn(await tickets.IssueAsync(userId, rememberMe, browserHash));
    }

    /// <summary>
    /// The code step: the ticket when <paramref name="code"/> is the app's current code (or, with
    /// <paramref name="recoveryCode"/>, an unused recovery code) of the user whose password was checked in this browser.
    /// </summary>
    public async Task<Result<string>> SignInWithCodeAsync(
        string pendingToken, string browserHash, string code, bool recoveryCode, string? clientAddress)
    {
        if (throttle.MinutesBlocked(clientAddress) is { } minutes)
        {
            log.SignInThrottled(clientAddress);
            return new SignInThrottled(minutes);
        }

        if (pending.Find(pendingToken, browserHash) is not { } signIn)
        {
            return new SignInExpired();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(signIn.UserId);
        var check = user is null
            ? SecondFactorCheck.NotEnabled
            : await secondFactor.CheckAsync(users, user, code, recoveryCode, clientAddress);
        switch (check)
        {
            case SecondFactorCheck.Accepted when pending.End(pendingToken):
                log.SignInSucceeded(signIn.UserId, clientAddress);
                return await tickets.IssueAsync(signIn.UserId, signIn.RememberMe, signIn.BrowserHash);
            case SecondFactorCheck.Wrong:
                throttle.RecordFailure(clientAddress);
                return new SecondFactorRefused(recoveryCode);
            case SecondFactorCheck.LockedOut:
                throttle.RecordFailure(clientAddress);
                pending.End(pendingToken);
                return new SignInRefused();
            default:
                pending.End(pendingToken);
                return new SignInExpired();
        }
    }

    private async Task<bool> HasTwoFactorAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByIdAsync(userId) is { TwoFactorEnabled: true };
    }
}
