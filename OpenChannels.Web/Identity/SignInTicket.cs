namespace OpenChannels.Web.Identity;

/// <summary>
/// A single-use proof that a password was checked in an interactive form, redeemed by a plain HTTP request
/// that can set the cookie. Only the SHA-256 of the token is stored.
/// </summary>
public sealed class SignInTicket
{
    public required string TokenHash { get; init; }

    public required string UserId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public bool RememberMe { get; init; }

    /// <summary>The hash of the nonce cookie of the browser that asked for the ticket (L2, <see cref="SignInBrowserBinding"/>).</summary>
    public string BrowserHash { get; init; } = string.Empty;
}
