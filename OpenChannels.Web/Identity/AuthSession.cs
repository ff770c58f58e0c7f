namespace OpenChannels.Web.Identity;

/// <summary>
/// One signed-in browser, kept on the server: the cookie carries only this row's key, so signing out (or ending a
/// user's sessions) makes a copied cookie worthless at once.
/// </summary>
public sealed class AuthSession
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The serialized authentication ticket (claims and properties; no secrets).</summary>
    public required byte[] Ticket { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
