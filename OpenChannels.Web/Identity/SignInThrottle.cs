using System.Collections.Concurrent;

namespace OpenChannels.Web.Identity;

/// <summary>
/// L1: failed sign-ins counted per client address in a fixed window, across every account, so one address can neither
/// spray a password over many accounts nor lock them all out. The answer does not depend on whether an account exists.
/// Kept in memory: a restart forgives, and each instance counts its own.
/// </summary>
public sealed class SignInThrottle(IdentitySettings settings, TimeProvider clock)
{
    private const int PurgeAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    private TimeSpan Length => TimeSpan.FromMinutes(settings.AddressWindowMinutes);

    /// <summary>Whole minutes (at least 1) until the address may try again, or null when it may try now.</summary>
    public int? MinutesBlocked(string? address)
    {
        if (address is null || !_windows.TryGetValue(address, out var window))
        {
            return null;
        }

        var left = window.Start + Length - clock.GetUtcNow();
        return window.Failures >= settings.FailuresPerAddress && left > TimeSpan.Zero
            ? Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))
            : null;
    }

    public void RecordFailure(string? address)
    {
        if (address is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (_windows.Count > PurgeAbove)
        {
            foreach (var (key, old) in _windows.Where(w => w.Value.Start + Length <= now))
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, old));
            }
        }

        _windows.AddOrUpdate(
            address,
            _ => new Window(now, 1),
            (_, window) => window.Start + Length <= now ? new Window(now, 1) : window with { Failures = window.Failures + 1 });
    }

    private sealed record Window(DateTimeOffset Start, int Failures);
}
