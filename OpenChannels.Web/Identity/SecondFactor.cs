using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Checks a second factor on Identity's authenticator provider: an app's code (each accepted once), a recovery code
/// (each works once), or the password where it confirms a change. A wrong one is logged by its kind only, never its
/// value, and counts towards the account's lockout like a wrong password.
/// </summary>
public sealed class SecondFactor(UsedCodes used, SecurityLog log)
{
    /// <summary>Six digits, spaces allowed (apps show "123 456"): a code, never a password (those are longer).</summary>
    public static bool LooksLikeAuthenticatorCode(string? text) => Digits(text) is not null;

    /// <summary>The app's current code for the user's key, not used before in its window.</summary>
    internal async Task<bool> VerifyAuthenticatorCodeAsync(UserManager<AppUser> users, AppUser user, string code) =>
        Digits(code) is { } digits
        && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits)
        && used.TryUse(user.Id, digits);

    /// <summary>A sign-in's (or a confirmation's) second factor; a wrong one counts towards the lockout.</summary>
    internal async Task<SecondFactorCheck> CheckAsync(
        UserManager<AppUser> users, AppUser user, string code, bool recoveryCode, string? clientAddress)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return SecondFactorCheck.LockedOut;
        }

        if (!user.TwoFactorEnabled)
        {
            return SecondFactorCheck.NotEnabled;
        }

        var accepted = recoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, RecoveryCode(code))).Succeeded
            : await VerifyAuthenticatorCodeAsync(users, user, code);
        if (accepted)
        {
            await users.ResetAccessFailedCountAsync(user);
            if (recoveryCode)
            {
                log.RecoveryCodeUsed(user.Id, clientAddress, await users.CountRecoveryCodesAsync(user));
            }

            return SecondFactorCheck.Accepted;
        }

        log.TwoFactorCodeWrong(user.Id, recoveryCode ? "recovery code" : "authenticator code", clientAddress);
        return await FailedAsync(users, user, clientAddress);
    }

    /// <summary>The password as a confirmation; a wrong one counts towards the lockout.</summary>
    internal async Task<bool> CheckPasswordAsync(UserManager<AppUser> users, AppUser user, string password, string? clientAddress)
    {
        if (!await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password))
        {
            return true;
        }

        log.TwoFactorCodeWrong(user.Id, "password", clientAddress);
        await FailedAsync(users, user, clientAddress);
        return false;
    }

    /// <summary>Two-factor sign-in off, with a new key (the old one in the app is dead) and no recovery codes.</summary>
    internal async Task ForgetAsync(UserManager<AppUser> users, AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        used.Forget(user.Id);
    }

    private async Task<SecondFactorCheck> FailedAsync(UserManager<AppUser> users, AppUser user, string? clientAddress)
    {
        await users.AccessFailedAsync(user);
        if (!await users.IsLockedOutAsync(user))
        {
            return SecondFactorCheck.Wrong;
        }

        log.LockedOut(user.Id, clientAddress);
        return SecondFactorCheck.LockedOut;
    }

    private static string? Digits(string? text)
    {
        var digits = text?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        return digits is { Length: 6 } && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Identity's recovery codes look like "BC3DF-GH4JK": typed in lower case, with spaces or without the dash, they still count.</summary>
    private static string RecoveryCode(string code)
    {
        var text = new string([.. code.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return text.Length == 10 ? $"{text[..5]}-{text[5..]}" : code.Trim();
    }
}
