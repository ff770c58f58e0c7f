namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// The section "Https" of appsettings.json. Off by default: the app speaks plain HTTP to a TLS-terminating reverse proxy
/// and leaves HTTPS to it. On (once every browser reaches the app over HTTPS): plain-HTTP requests are redirected,
/// HTTPS answers tell browsers to come back over HTTPS only (HSTS), and every cookie is marked Secure.
/// </summary>
public sealed class HttpsSettings
{
    public const string Section = "Https";

    public bool Enabled { get; set; }

    /// <summary>The port browsers reach HTTPS on: the proxy's, not the app's own. Redirects point there.</summary>
    public int PublicPort { get; set; } = 443;

    /// <summary>How long a browser keeps to HTTPS after an answer; 0 tells browsers to forget an earlier header.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Whether the browser keeps to HTTPS for every subdomain of the app's host name too.</summary>
    public bool HstsIncludeSubDomains { get; set; }

    public static HttpsSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HttpsSettings>() ?? new HttpsSettings();

    public IEnumerable<string?> Validate() =>
    [
        SettingsCheck.Range($"{Section}:PublicPort", PublicPort, 1, 65535),
        SettingsCheck.Range($"{Section}:HstsMaxAgeDays", HstsMaxAgeDays, 0, 3650),
    ];
}
