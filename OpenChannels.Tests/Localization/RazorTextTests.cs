using System.Text;
using System.Text.RegularExpressions;
using OpenChannels.Bench;

namespace OpenChannels.Tests.Localization;

/// <summary>
/// No screen says anything in English only: text between tags and in the attributes people read (labels, titles,
/// placeholders, accessible names) goes through a localizer, so a .razor file holds no literal words.
/// </summary>
public sealed partial class RazorTextTests
{
    // Words that are the same in every language: the product's name, units and keys.
    private static readonly HashSet<string> SameEverywhere = ["OpenChannels", "MB", "px", "Enter", "Shift", "OK", "API", "PNG", "JPEG", "GIF", "WebP"];

    public static TheoryData<string> RazorFiles()
    {
        var root = Path.Combine(BenchRunner.RepositoryRoot(), "OpenChannels.Web");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RazorFiles))]
    public void Markup_HasNoLiteralWords(string file)
    {
        var source = File.ReadAllText(Path.Combine(BenchRunner.RepositoryRoot(), "OpenChannels.Web", file));
        Literals(source).ShouldBeEmpty($"{file} shows text that does not go through a localizer");
    }

    [Fact]
    public void TheCheck_FindsLiteralText_AndLeavesLocalizedTextAlone()
    {
        Literals("""<MudText Typo="Typo.h6">Contact center</MudText>""").ShouldBe(["Contact center"]);
        Literals("""<MudButton Label="Save" aria-label="Send">@L["Save"]</MudButton>""").ShouldBe(["Save", "Send"]);
        Literals("""<MudText>@L["Contact center"] · #@Details.Id @(x ? L["a"] : "")</MudText>""").ShouldBeEmpty();
        Literals("""
            @foreach (var row in Rows)
            {
                var rows = Rows.Where(r => r.Section == section).ToList();
                <span data-testid="row" class="oc-row">@row.Name</span>
            }
            @code {
                private string Title => "Not markup";
            }
            """).ShouldBeEmpty();
    }

    private static List<string> Literals(string source)
    {
        var markup = Directive().Replace(CodeBlock().Replace(Comment().Replace(source, string.Empty), string.Empty), string.Empty);
        var found = new List<string>();
        foreach (Match attribute in ReadAttribute().Matches(markup))
        {
            if (HasWords(attribute.Groups["value"].Value))
            {
                found.Add(attribute.Groups["value"].Value);
            }
        }

        foreach (var line in Tag().Replace(markup, "\n").Split('\n'))
        {
            var text = WithoutExpressions(line.Trim());
            if (text.Length == 0 || IsCode(line.Trim()) || IsCode(text))
            {
                continue;
            }

            if (HasWords(text))
            {
                found.Add(text.Trim());
            }
        }

        return found;
    }

    private static bool IsCode(string line) =>
        line.EndsWith(';') || line is "{" or "}" || line.StartsWith('}') || line.StartsWith("else", StringComparison.Ordinal)
        || line.StartsWith("? ", StringComparison.Ordinal) || line.StartsWith(": ", StringComparison.Ordinal) || line.StartsWith("?? ", StringComparison.Ordinal)
        || CodeStart().IsMatch(line);

    private static bool HasWords(string text) =>
        Word().Matches(text).Any(m => !SameEverywhere.Contains(m.Value));

    /// <summary>Removes Razor expressions (<c>@L["…"]</c>, <c>@(…)</c>, <c>@name.Member(…)</c>, <c>@if (…)</c>) from a line of markup.</summary>
    private static string WithoutExpressions(string line)
    {
        var result = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '@')
            {
                result.Append(line[i]);
                continue;
            }

            i++;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '.' or '!' or '?'))
            {
                i++;
            }

            while (i < line.Length && line[i] is '(' or '[' or '{' or ' ' && Balanced(line, ref i))
            {
            }

            i--;
        }

        return result.ToString();
    }

    /// <summary>Skips a bracketed group (and the space before one) at <paramref name="i"/>, strings included.</summary>
    private static bool Balanced(string line, ref int i)
    {
        var start = i;
        if (line[i] == ' ')
        {
            if (i + 1 < line.Length && line[i + 1] == '(' && start > 0 && char.IsLetter(line[start - 1]))
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        var depth = 0;
        var inString = false;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                inString = !(c == '"' && line[i - 1] != '\\');
                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && --depth == 0)
            {
                i++;
                return true;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*@(?:page|inject|using|attribute|layout|implements|inherits|rendermode|namespace|typeparam)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"@code\s*\{[\s\S]*$")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"@\*[\s\S]*?\*@|<!--[\s\S]*?-->|<script[\s\S]*?</script>|<style[\s\S]*?</style>")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\b(?:Label|Title|Placeholder|HelperText|RequiredError|AriaLabel|aria-label|title|alt|Text|ConfirmationText)=""(?<value>[^""@][^""]*)""")]
    private static partial Regex ReadAttribute();

    [GeneratedRegex("""<(?:[^>"]|"[^"]*")*>""")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:@(?:page|inject|using|attribute|layout|implements|inherits|rendermode|namespace|typeparam)\s|(?:if|else|for|foreach|while|switch|case|default|var|return|break|continue)\b)")]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
