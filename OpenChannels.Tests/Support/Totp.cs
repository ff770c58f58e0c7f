using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace OpenChannels.Tests.Support;

/// <summary>
/// What an authenticator app shows: RFC 6238 codes (HMAC-SHA1 over the 30-second step, six digits) from the Base32 key
/// it was given. Identity checks codes against the real clock (not the app's fake one), so codes are made for real time.
/// </summary>
public static class Totp
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code of the step <paramref name="stepsFromNow"/> steps away from now (Identity accepts two either side).</summary>
    public static string Code(string key, int stepsFromNow = 0) =>
        CodeAt(key, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsFromNow);

    /// <summary>Six digits that are none of the codes Identity would accept now.</summary>
    public static string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(i => Code(key, i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => ((int.Parse(Code(key), CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture))
            .First(code => !accepted.Contains(code));
    }

    private static string CodeAt(string key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(FromBase32(key), counter);
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFF_FFFF;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string key)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Base32.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
