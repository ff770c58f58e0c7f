using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// The websites a live chat may run on, as browser origins (<c>https://shop.example.com</c>, a port when it is not the
/// scheme's default, or <c>https://*.example.com</c> for every subdomain). Empty: any website. Kept as one text with
/// an origin per line, so a connector's row holds its own list.
/// </summary>
public static class WebOrigins
{
    public const int MaxCount = 20;

    /// <summary>The field name in errors.</summary>
    public const string Field = "Allowed websites";

    /// <summary>The list as stored: each origin normalized (lower case, no path, no default port), once, one per line; null when empty.</summary>
    public static string? Normalize(IEnumerable<string?> origins)
    {
        var normalized = new List<string>();
        foreach (var origin in origins.Select(o => o?.Trim()).Where(o => !string.IsNullOrEmpty(o)))
        {
            var one = NormalizeOne(origin!) ?? throw new DomainRuleViolated(new InvalidInput(
                Field, "\"{0}\" is not a website address. Write it like https://www.example.com, without a path.", origin!));
            if (!normalized.Contains(one))
            {
                normalized.Add(one);
            }
        }

        return normalized.Count > MaxCount
            ? throw new DomainRuleViolated(new InvalidInput(Field, "List at most {0} websites.", MaxCount))
            : normalized.Count == 0 ? null : string.Join('\n', normalized);
    }

    /// <summary>The stored list as origins.</summary>
    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n');

    /// <summary>
    /// Whether a request that says it comes from <paramref name="origin"/> may use the chat. No list: yes. No
    /// <c>Origin</c> header: yes (a server or an app, not a web page; a browser always sends one across sites).
    /// </summary>
    public static bool Accept(string? stored, string? origin)
    {
        if (string.IsNullOrEmpty(stored) || string.IsNullOrEmpty(origin))
        {
            return true;
        }

        if (NormalizeOne(origin) is not { } asked || asked.Contains('*'))
        {
            return false;
        }

        return Split(stored).Any(allowed => allowed == asked || MatchesWildcard(allowed, asked));
    }

    private static bool MatchesWildcard(string allowed, string asked)
    {
        var star = allowed.IndexOf("://*.", StringComparison.Ordinal);
        if (star < 0)
        {
            return false;
        }

        // https://*.example.com[:port] takes https://a.example.com[:port] and https://a.b.example.com[:port], not https://example.com.
        var scheme = allowed[..(star + 3)];
        var suffix = allowed[(star + 4)..];
        return asked.StartsWith(scheme, StringComparison.Ordinal) && asked.EndsWith(suffix, StringComparison.Ordinal)
            && asked.Length > scheme.Length + suffix.Length;
    }

    private static string? NormalizeOne(string origin)
    {
        var wildcard = origin.Contains("://*.", StringComparison.Ordinal);
        var parseable = wildcard ? origin.Replace("://*.", "://wildcard.", StringComparison.Ordinal) : origin;
        if (!Uri.TryCreate(parseable, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || origin.TrimEnd('/').Count(c => c == '/') != 2 || origin.Count(c => c == '*') > (wildcard ? 1 : 0))
        {
            return null;
        }

        var host = wildcard ? "*" + uri.IdnHost[uri.IdnHost.IndexOf('.')..] : uri.IdnHost;
        return $"{uri.Scheme}://{host}{(uri.IsDefaultPort ? string.Empty : $":{uri.Port}")}";
    }
}
