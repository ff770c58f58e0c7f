using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Web.Identity;

/// <summary>
/// L2: a sign-in ticket works only in the browser that asked for it. The sign-in and set-up pages give the browser a
/// random nonce in an HttpOnly, SameSite=Strict cookie while prerendering; the ticket stores the nonce's hash, and
/// <see cref="AccountEndpoints"/> redeems it only with the matching cookie. A ticket link sent to someone else's
/// browser (login CSRF) finds no such cookie there.
/// </summary>
public static class SignInBrowserBinding
{
    public const string CookieName = "OpenChannels.SignInBrowser";

    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(1);

    /// <summary>This browser's nonce (a new one when it has none, the cookie renewed either way); returns its hash.</summary>
    public static string Bind(HttpContext http)
    {
        var nonce = http.Request.Cookies[CookieName] is { Length: 43 } existing
            ? existing
            : Base64Url(RandomNumberGenerator.GetBytes(32));
        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Append(CookieName, nonce, Options(http));
        }

        return Hash(nonce);
    }

    /// <summary>Whether the browser's cookie is the one the ticket was issued for; comparing in constant time.</summary>
    public static bool Matches(string? nonce, string storedHash) =>
        !string.IsNullOrEmpty(nonce) && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(nonce)), Encoding.ASCII.GetBytes(storedHash));

    public static string Hash(string nonce) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)));

    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http));

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/account",
        MaxAge = CookieLifetime,
        IsEssential = true,
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
