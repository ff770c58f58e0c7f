namespace OpenChannels.Web.Identity;

/// <summary>
/// L12 (NIST SP 800-63B 3.1.1.2): passwords an attacker tries first are refused, whatever their length. The list ships
/// inside the app (common-passwords.txt); nothing is fetched at run time.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "OpenChannels.Web.Identity.common-passwords.txt";

    private readonly HashSet<string> _known;

    private CommonPasswords(HashSet<string> known) => _known = known;

    public int Count => _known.Count;

    public static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                known.Add(line.Trim());
            }
        }

        return new CommonPasswords(known);
    }

    /// <summary>
    /// True for a listed password, a listed one with digits or symbols before or after it ("Password2026!"), one made of
    /// fewer than four different characters, or a run such as "123456789012" or "abcdefghijkl".
    /// </summary>
    public bool Contains(string password)
    {
        var value = password.Trim();
        if (value.Length == 0)
        {
            return false;
        }

        var core = value.Trim(NotALetter(value));
        return _known.Contains(value)
            || (core.Length >= 3 && _known.Contains(core))
            || value.Distinct().Count() < 4
            || IsRun(value);
    }

    private static char[] NotALetter(string value) => [.. value.Where(c => !char.IsLetter(c)).Distinct()];

    private static bool IsRun(string value)
    {
        var step = value[1] - value[0];
        if (step is not (1 or -1))
        {
            return false;
        }

        for (var i = 2; i < value.Length; i++)
        {
            var difference = value[i] - value[i - 1];
            var wrapped = char.IsDigit(value[i]) && char.IsDigit(value[i - 1]) && difference == -9 * step;
            if (difference != step && !wrapped)
            {
                return false;
            }
        }

        return true;
    }
}
