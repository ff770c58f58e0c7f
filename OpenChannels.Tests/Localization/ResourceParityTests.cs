using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenChannels.Bench;

namespace OpenChannels.Tests.Localization;

/// <summary>Every text exists in English, French, Italian and Polish, with the same values to fill in and the plural forms each language needs.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string[] Languages = ["fr", "it", "pl"];

    private static readonly Dictionary<string, string[]> PluralForms = new()
    {
        [""] = ["one", "other"],
        ["fr"] = ["one", "other"],
        ["it"] = ["one", "other"],
        ["pl"] = ["few", "many", "one"],
    };

    public static TheoryData<string> NeutralResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BenchRunner.RepositoryRoot(), "OpenChannels.Web"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && Path.GetFileName(f).Count(c => c == '.') == 1))
        {
            data.Add(Path.GetRelativePath(BenchRunner.RepositoryRoot(), file));
        }

        return data;
    }

    [Fact]
    public void TheAppHasResources()
    {
        NeutralResources().Count.ShouldBeGreaterThan(5);
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void EachLanguage_HasEveryText_WithTheSamePlaceholders(string neutral)
    {
        var english = Load(neutral);
        foreach (var language in Languages)
        {
            var translated = Load(Path.ChangeExtension(neutral, $".{language}.resx"));
            Bases(translated).ShouldBe(Bases(english), ignoreOrder: true, $"{language}: the same texts as English");
            foreach (var (key, value) in translated)
            {
                value.Trim().ShouldNotBeEmpty($"{language}: {key}");
                Placeholders(value).ShouldBeSubsetOf(Placeholders(key.Split('|')[0]), $"{language}: {key} → {value}");
                if (!key.Contains('|', StringComparison.Ordinal))
                {
                    Placeholders(value).ShouldBe(Placeholders(key), ignoreOrder: true, $"{language}: {key} → {value}");
                }
            }

            Plurals(translated).ShouldAllBe(forms => forms.SequenceEqual(PluralForms[language]), $"{language}: plural forms");
        }

        Plurals(english).ShouldAllBe(forms => forms.SequenceEqual(PluralForms[""]), "English: one and other");
    }

    private static Dictionary<string, string> Load(string relative)
    {
        var path = Path.Combine(BenchRunner.RepositoryRoot(), relative);
        File.Exists(path).ShouldBeTrue($"{relative} is missing");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);
    }

    private static HashSet<string> Bases(Dictionary<string, string> entries) => entries.Keys.Select(k => k.Split('|')[0]).ToHashSet();

    private static IEnumerable<string[]> Plurals(Dictionary<string, string> entries) =>
        entries.Keys.Where(k => k.Contains('|', StringComparison.Ordinal))
            .GroupBy(k => k.Split('|')[0])
            .Select(g => g.Select(k => k.Split('|')[1]).Order(StringComparer.Ordinal).ToArray());

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
