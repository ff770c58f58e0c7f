using System.Text.Json;
using System.Text.RegularExpressions;
using OpenChannels.Bench;

namespace OpenChannels.Tests.Docs;

/// <summary>The operator's two references agree: every setting in appsettings.json is in README's table, and back.</summary>
public sealed partial class ConfigurationDocsTests
{
    // Framework sections an operator rarely touches; appsettings.json shows them, README does not list them.
    private static readonly string[] FrameworkKeys = ["Logging", "AllowedHosts"];

    [Fact]
    public void ReadmeTable_AndAppSettings_NameTheSameKeys()
    {
        var root = BenchRunner.RepositoryRoot();
        using var settings = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(root, "appsettings.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var inSettings = Flatten(settings.RootElement, prefix: null).Where(k => !FrameworkKeys.Any(f => k == f || k.StartsWith(f + "__", StringComparison.Ordinal))).ToList();
        var inReadme = File.ReadLines(Path.Combine(root, "README.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Key().Matches(line.Split('|')[1]).Select(m => m.Groups[1].Value))
            .ToList();

        inReadme.ShouldBe(inSettings, ignoreOrder: true);
    }

    private static IEnumerable<string> Flatten(JsonElement element, string? prefix) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix is null ? p.Name : $"{prefix}__{p.Name}"))
            : [prefix!];

    [GeneratedRegex("`([A-Za-z]+(?:__[A-Za-z]+)*)`")]
    private static partial Regex Key();
}
