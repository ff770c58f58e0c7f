namespace OpenChannels.Web.Identity;

/// <summary>A user's two-factor sign-in as their profile shows it.</summary>
/// <param name="Enabled">Sign-in asks for an authenticator code.</param>
/// <param name="RecoveryCodesLeft">Unused recovery codes (0 while it is off).</param>
/// <param name="Required">The administrators require it of this user, so it cannot be turned off.</param>
public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);
