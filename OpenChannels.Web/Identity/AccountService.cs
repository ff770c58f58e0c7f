using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Employees;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Sign-in accounts of employees: the first administrator, granting and changing access, checking a password.
/// Each call runs in its own scope, so no Blazor circuit holds an Identity DbContext.
/// </summary>
public sealed class AccountService(
    IServiceScopeFactory scopes, TimeProvider clock, SetupState setup, SignInThrottle throttle, SecurityLog log)
{
    private string? _dummyHash;

    /// <summary>The lockout end that means "blocked until reinstated" (dismissal).</summary>
    private static readonly DateTimeOffset BlockedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates the first administrator and their employee; refused once any account exists.</summary>
    public async Task<Result<string>> CreateFirstAdministratorAsync(
        string firstName, string lastName, string email, string password, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        // BEGIN IMMEDIATE takes SQLite's write lock first, so two set-ups at once cannot both see "no users".
        var created = await scope.ServiceProvider.GetRequiredService<WritePipeline>().RunAsync<string>(
            scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>(),
            async db =>
            {
                if (await db.Users.AnyAsync(cancellationToken))
                {
                    return new Conflict("OpenChannels is already set up. Sign in instead.");
                }

                var employee = new Employee(firstName, lastName, email, clock.GetUtcNow());
                db.Employees.Add(employee);
                await db.SaveChangesAsync(cancellationToken);
                return await CreateUserAsync(scope.ServiceProvider, users, employee, password, administrator: true);
            },
            cancellationToken);
        if (created.Succeeded)
        {
            setup.MarkComplete();
        }

        return created;
    }

    /// <summary>
    /// Applies the account part of an employee form inside the caller's scope and transaction: a password grants
    /// sign-in (no account yet) or replaces it; the administrator flag is kept, but never for the last administrator.
    /// </summary>
    internal static async Task<Result> ApplyAccountChangesAsync(
        IServiceProvider services, Employee employee, string? password, bool administrator)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.FirstOrDefaultAsync(u => u.EmployeeId == employee.Id);
        if (user is null)
        {
            if (string.IsNullOrEmpty(password))
            {
                return administrator ? new InvalidInput("Password", "Give an administrator a password to sign in with.") : Result.Ok;
            }

            var created = await CreateUserAsync(services, users, employee, password, administrator);
            return created.Succeeded ? Result.Ok : created.Error;
        }

        if (user.Email != employee.Email)
        {
            user.Email = user.UserName = employee.Email;
            var renamed = await users.UpdateAsync(user);
            if (!renamed.Succeeded)
            {
                return ToResult(renamed, "Email");
            }
        }

        if (!string.IsNullOrEmpty(password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return ToResult(reset, "Password");
            }

            // L3: whoever knew the old password may have made tokens with it; they go with it.
            var revoked = await ApiTokenService.RevokeAllAsync(services.GetRequiredService<OpenChannelsDbContext>(), user.Id);
            var log = services.GetRequiredService<SecurityLog>();
            log.PasswordReset(user.Id);
            log.TokensRevokedForUser(revoked, user.Id, "password reset");
        }

        var isAdministrator = await users.IsInRoleAsync(user, Roles.Administrator);
        if (isAdministrator == administrator)
        {
            return Result.Ok;
        }

        if (!administrator && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 1)
        {
            return new Conflict("At least one administrator must remain.");
        }

        var changed = administrator
            ? await users.AddToRoleAsync(user, Roles.Administrator)
            : await users.RemoveFromRoleAsync(user, Roles.Administrator);
        if (changed.Succeeded)
        {
            await AdministratorRole.GiveAsync(services.GetRequiredService<OpenChannelsDbContext>(), user.EmployeeId, administrator);

            // A new stamp: their cookies and open tabs are re-checked within a minute and end (no stale rights).
            await users.UpdateSecurityStampAsync(user);
            services.GetRequiredService<SecurityLog>().AdministratorChanged(user.Id, administrator);
        }

        return ToResult(changed, "Administrator");
    }

    /// <summary>
    /// Blocks or unblocks sign-in (dismissal); a new security stamp ends open sessions within a minute, and a block
    /// revokes the employee's API tokens (L3), so reinstating does not bring them back.
    /// </summary>
    public async Task SetSignInBlockedAsync(int employeeId, bool blocked)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.FirstOrDefaultAsync(u => u.EmployeeId == employeeId);
        if (user is null)
        {
            return;
        }

        await users.SetLockoutEndDateAsync(user, blocked ? BlockedUntil : null);
        await users.UpdateSecurityStampAsync(user);
        log.SignInBlockedChanged(employeeId, blocked);
        if (blocked)
        {
            await scope.ServiceProvider.GetRequiredService<SessionStore>().EndAllAsync(user.Id);
            var revoked = await ApiTokenService.RevokeAllAsync(scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>(), user.Id);
            log.TokensRevokedForUser(revoked, user.Id, "dismissal");
        }
    }

    /// <summary>
    /// Checks e-mail and password (counting failures towards the account's lockout and the address's throttle); returns
    /// the user id. L1: every refusal is the same <see cref="SignInRefused"/>, and each runs one password hash check,
    /// so neither the answer nor its time tells an unknown e-mail from a wrong password or a blocked account. This is the
    /// password only: the sign-in form goes through <see cref="SignInService"/>, which asks for the second factor too.
    /// </summary>
    public async Task<Result<string>> CheckPasswordAsync(string email, string password, string? clientAddress = null)
    {
        if (throttle.MinutesBlocked(clientAddress) is { } minutes)
        {
            log.SignInThrottled(clientAddress);
            return new SignInThrottled(minutes);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash(users), password);
            return Refused(SignInFailure.UnknownAccount, null, clientAddress);
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity would answer before hashing; hash anyway so a blocked account takes as long as any other.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash(users), password);
            var end = await users.GetLockoutEndDateAsync(user);
            return Refused(end > clock.GetUtcNow().AddYears(100) ? SignInFailure.Dismissed : SignInFailure.LockedOut, user.Id, clientAddress);
        }

        // SignInManager.CheckPasswordSignInAsync would do this too, but for an account with two-factor sign-in it asks the
        // HttpContext whether the browser is remembered, and sign-in forms run in a circuit, without one. Same steps here.
        if (await users.CheckPasswordAsync(user, password))
        {
            // With two-factor sign-in, the sign-in succeeds only once the code is right too (SignInService), and failures
            // keep counting until then.
            if (user.TwoFactorEnabled)
            {
                log.SecondFactorAsked(user.Id, clientAddress);
            }
            else
            {
                await users.ResetAccessFailedCountAsync(user);
                log.SignInSucceeded(user.Id, clientAddress);
            }

            return user.Id;
        }

        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user))
        {
            log.LockedOut(user.Id, clientAddress);
        }

        return Refused(SignInFailure.WrongPassword, user.Id, clientAddress);
    }

    private SignInRefused Refused(SignInFailure reason, string? userId, string? clientAddress)
    {
        throttle.RecordFailure(clientAddress);
        log.SignInFailed(reason, userId, clientAddress);
        return new SignInRefused();
    }

    /// <summary>A hash of a random password made by the configured hasher, so checking against it costs what a real check costs.</summary>
    private string DummyHash(UserManager<AppUser> users) =>
        _dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Creates the account inside the caller's scope, so it can share the caller's transaction.</summary>
    internal static async Task<Result<string>> CreateUserAsync(
        IServiceProvider services, UserManager<AppUser> users, Employee employee, string password, bool administrator)
    {
        var user = new AppUser { UserName = employee.Email, Email = employee.Email, EmailConfirmed = true, EmployeeId = employee.Id };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return PasswordRefused(created, "Password");
        }

        if (administrator)
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Administrator))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Administrator));
            }

            await users.AddToRoleAsync(user, Roles.Administrator);
            await AdministratorRole.GiveAsync(services.GetRequiredService<OpenChannelsDbContext>(), employee.Id, holds: true);
            services.GetRequiredService<SecurityLog>().AdministratorChanged(user.Id, isAdministrator: true);
        }

        return user.Id;
    }

    private static Result ToResult(IdentityResult outcome, string field) => outcome.Succeeded ? Result.Ok : PasswordRefused(outcome, field);

    private static InvalidInput PasswordRefused(IdentityResult outcome, string field) =>
        new(field, string.Join(" ", outcome.Errors.Select(e => e.Description)));
}
