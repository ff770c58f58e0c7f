using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Web.Identity;

/// <summary>
/// "The password was right for user X in this browser", between the sign-in form's two steps: five minutes, one browser
/// (the nonce of L2) and a random token only that form knows. Without one, the code step has nobody to sign in, so it
/// cannot be reached by skipping the password. Kept in memory: both steps run in one circuit, on one instance.
/// </summary>
public sealed class PendingSignIns(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, PendingSignIn> _pending = new(StringComparer.Ordinal);

    /// <summary>Remembers a checked password; returns the token the code step presents.</summary>
    public string Begin(string userId, bool rememberMe, string browserHash)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, old) in _pending.Where(p => p.Value.ExpiresAt <= now))
        {
            _pending.TryRemove(new KeyValuePair<string, PendingSignIn>(key, old));
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _pending[token] = new PendingSignIn(userId, rememberMe, browserHash, now + Lifetime);
        return token;
    }

    /// <summary>The pending sign-in of this token in this browser, while it lasts; null otherwise.</summary>
    public PendingSignIn? Find(string? token, string? browserHash)
    {
        if (token is null || browserHash is null || !_pending.TryGetValue(token, out var pending))
        {
            return null;
        }

        var sameBrowser = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(browserHash), Encoding.ASCII.GetBytes(pending.BrowserHash));
        return sameBrowser && pending.ExpiresAt > clock.GetUtcNow() ? pending : null;
    }

    /// <summary>Ends a pending sign-in; true for the one caller that ended it (so a code signs in once).</summary>
    public bool End(string token) => _pending.TryRemove(token, out _);
}
