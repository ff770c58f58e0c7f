namespace OpenChannels.Web.Identity;

/// <summary>What an authenticator app needs to be set up: the shared key, and the otpauth link a QR code carries.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    /// <summary>The key in groups of four, easier to type by hand (apps ignore the spaces).</summary>
    public string FormattedKey => string.Join(' ', Key.Chunk(4).Select(group => new string(group)));

    /// <summary>The link authenticator apps read (Key Uri Format): issuer and account label, the key, six digits.</summary>
    public static AuthenticatorSetup For(string email, string key) => new(
        key,
        $"otpauth://totp/{System.Uri.EscapeDataString(TwoFactorService.Issuer)}:{System.Uri.EscapeDataString(email)}"
            + $"?secret={key}&issuer={System.Uri.EscapeDataString(TwoFactorService.Issuer)}&digits=6");
}
