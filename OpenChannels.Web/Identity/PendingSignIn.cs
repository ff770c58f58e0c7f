namespace OpenChannels.Web.Identity;

/// <summary>A password checked for <see cref="UserId"/> in the browser whose nonce hashes to <see cref="BrowserHash"/>; the code is next.</summary>
public sealed record PendingSignIn(string UserId, bool RememberMe, string BrowserHash, DateTimeOffset ExpiresAt);
