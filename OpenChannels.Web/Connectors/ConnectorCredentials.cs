using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// The secrets of connectors and webhooks: an inbound token (kept as a hash, shown once) and secrets the server must
/// read back — a signing secret, a bot token, a mailbox password — kept protected by the data-protection keys.
/// </summary>
public sealed class ConnectorCredentials(IDataProtectionProvider protection)
{
    public const string TokenPrefix = "ocapi_";
    public const string SecretPrefix = "whsec_";

    private readonly IDataProtector _secrets = protection.CreateProtector(WebhookSender.ProtectorPurpose);

    public static string NewToken() => TokenPrefix + Random();

    public static string NewSecret() => SecretPrefix + Random();

    public string Protect(string secret) => _secrets.Protect(secret);

    public string Unprotect(string protectedSecret) => _secrets.Unprotect(protectedSecret);

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A random token hash for a client no widget may ever claim.</summary>
    public static string Unclaimable() => Hash(Random());

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
