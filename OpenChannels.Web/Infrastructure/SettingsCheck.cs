using System.Globalization;

namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// The operator's settings are checked once at start-up: a value out of range stops the app with a message that names
/// the key, instead of misbehaving later.
/// </summary>
public static class SettingsCheck
{
    public static string? Range(string key, int value, int min, int max) =>
        value < min || value > max ? $"{key} must be between {min} and {max}; it is {value}." : null;

    public static string? Range(string key, double value, double min, double max) =>
        double.IsNaN(value) || value < min || value > max
            ? string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max}; it is {value}.")
            : null;

    public static string? Required(string key, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"{key} must not be empty." : null;

    /// <summary>Stops the start when any check failed, with every problem in the message.</summary>
    public static void ThrowIfAny(string section, IEnumerable<string?> problems)
    {
        var found = problems.OfType<string>().ToList();
        if (found.Count > 0)
        {
            throw Invalid(section, [.. found]);
        }
    }

    /// <summary>The exception that stops the start, for a check that cannot go on past its first problem.</summary>
    public static InvalidOperationException Invalid(string section, params string[] problems) =>
        new($"The {section} settings are not valid: {string.Join(" ", problems)}");
}
