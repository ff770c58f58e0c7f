namespace OpenChannels.Domain.Access;

/// <summary>Whom the administrators require to sign in with a second factor (an authenticator app's code).</summary>
public enum TwoFactorRequirement
{
    Nobody,
    Administrators,
    Everyone,
}
