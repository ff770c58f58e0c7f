using System.Net;

namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// The section "Network" of appsettings.json: the reverse proxies whose <c>X-Forwarded-For</c> is believed. Empty:
/// nobody's; the connection's own address is the client's. A listed proxy can name any address, so list only your own.
/// </summary>
public sealed class NetworkSettings
{
    public const string Section = "Network";

    public IReadOnlyList<string> KnownProxies { get; private init; } = [];

    /// <summary>A JSON list, <c>Network__KnownProxies__0</c>… or one value with the addresses separated by commas.</summary>
    public static NetworkSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection($"{Section}:KnownProxies");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new NetworkSettings { KnownProxies = [.. values] };
    }

    public IEnumerable<string?> Validate() =>
        KnownProxies.Select(p => IPAddress.TryParse(p, out _)
            ? null
            : $"{Section}:KnownProxies must list IP addresses (like 10.0.0.2 or fd00::2); \"{p}\" is not one.");

    public IEnumerable<IPAddress> Addresses => KnownProxies.Select(IPAddress.Parse);
}
