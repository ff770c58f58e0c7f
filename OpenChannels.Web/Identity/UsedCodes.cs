using System.Collections.Concurrent;

namespace OpenChannels.Web.Identity;

/// <summary>
/// An authenticator code is accepted for a few minutes around its 30 seconds (clocks drift), so one seen over someone's
/// shoulder would work again; each accepted code is remembered for that long and refused a second time (ASVS 2.8.4).
/// Kept in memory: the sign-in's steps run on one instance, and a restart takes longer than the window.
/// </summary>
public sealed class UsedCodes(TimeProvider clock)
{
    /// <summary>Longer than the five 30-second steps Identity's authenticator provider accepts.</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(3);

    private readonly ConcurrentDictionary<(string UserId, string Code), DateTimeOffset> _used = new();

    /// <summary>True the first time a user's code is used in its window; false when it was used already.</summary>
    public bool TryUse(string userId, string code)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, until) in _used.Where(u => u.Value <= now))
        {
            _used.TryRemove(new KeyValuePair<(string, string), DateTimeOffset>(key, until));
        }

        return _used.TryAdd((userId, code), now + Remembered);
    }

    /// <summary>Forgets a user's codes, e.g. when their key changes.</summary>
    public void Forget(string userId)
    {
        foreach (var key in _used.Keys.Where(k => k.UserId == userId))
        {
            _used.TryRemove(key, out _);
        }
    }
}
