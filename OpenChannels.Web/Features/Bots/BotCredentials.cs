using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// A webhook bot's two secrets: the signing secret (kept protected by the data-protection keys, since signing needs it
/// back) and the token the bot answers with (kept as a hash, shown once).
/// </summary>
public sealed class BotCredentials(IDataProtectionProvider protection)
{
    public const string TokenPrefix = "ocbot_";

    private readonly IDataProtector _secrets = protection.CreateProtector("OpenChannels.Bots.WebhookSecret");

    /// <summary>A new secret and token, in clear (to show once) and as stored.</summary>
    public NewBotCredentials Create()
    {
        var secret = "whsec_" + Random();
        var token = TokenPrefix + Random();
        return new NewBotCredentials(secret, token, _secrets.Protect(secret), Hash(token));
    }

    public string Secret(string protectedSecret) => _secrets.Unprotect(protectedSecret);

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
