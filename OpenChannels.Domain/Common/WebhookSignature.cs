using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Domain.Common;

/// <summary>
/// How a receiver (a webhook bot, an API connector, a channel webhook) knows an event comes from us, and is not an old one sent again: the header
/// <c>OpenChannels-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the signing secret&gt;</c>.
/// A receiver recomputes it, compares in constant time, and refuses a timestamp outside <see cref="ReplayWindow"/>;
/// the event id header lets it drop a delivery it already handled inside the window.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "OpenChannels-Signature";
    public const string EventIdHeader = "OpenChannels-Event-Id";

    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hex(secret, timestamp, body)}";
    }

    /// <summary>True when the header signs this body with this secret, within the replay window around <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now)
    {
        string? timestamp = null;
        string? signature = null;
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                timestamp = part[2..];
            }
            else if (part.StartsWith("v1=", StringComparison.Ordinal))
            {
                signature = part[3..];
            }
        }

        if (timestamp is null || signature is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - sentAt).Duration() > ReplayWindow)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Hex(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
    }

    private static string Hex(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}
