using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// A mail's body as the conversation shows it (issue 20): HTML becomes plain text — a parsed DOM is walked and only its
/// text is kept, so no markup, script or style reaches an agent's screen — and the quoted history below the client's
/// words is trimmed: lines starting with '>' and everything from an "On … wrote:" header (English, French, Italian,
/// Polish) down, since the conversation already shows the earlier messages.
/// </summary>
public static partial class MailText
{
    private static readonly string[] Dropped = ["script", "style", "head", "title", "template", "noscript", "blockquote", "object", "iframe", "svg"];

    // Paragraphs stand apart by a blank line; other blocks start on their own line.
    private static readonly string[] Paragraphs = ["p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr"];

    private static readonly string[] Blocks = ["div", "li", "tr", "section", "article", "header", "footer", "dt", "dd"];

    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);

        // Quoted history: the HTML of common mail programs marks it (Gmail, Thunderbird, Yahoo); blockquotes are dropped too.
        foreach (var quoted in document.QuerySelectorAll(string.Join(',', Dropped) + ",.gmail_quote,.moz-cite-prefix,.yahoo_quoted,#divRplyFwdMsg").ToList())
        {
            quoted.Remove();
        }

        var text = new StringBuilder();
        Walk(document.Body ?? (INode)document, text);

        // Indentation in HTML source is layout, not text.
        return Tidy(string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim())));
    }

    /// <summary>The client's own words: quoted lines and the history under the attribution header removed; the whole text if nothing else is left.</summary>
    public static string TrimQuoted(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var withNext = i + 1 < lines.Length ? line + " " + lines[i + 1] : line;
            if (IsHistoryHeader(line) || IsHistoryHeader(withNext))
            {
                break;
            }

            if (!line.TrimStart().StartsWith('>'))
            {
                kept.Add(line);
            }
        }

        var trimmed = Tidy(string.Join('\n', kept));
        return trimmed.Length > 0 ? trimmed : Tidy(text);
    }

    private static bool IsHistoryHeader(string line) => HistoryHeader().IsMatch(line.Trim());

    // "On Mon, 1 Dec 2026 at 10:00, Ann <ann@example.com> wrote:", "Le 1 déc. 2026 à 10:00, Ann a écrit :",
    // "Il giorno lun 1 dic 2026 alle ore 10:00 Ann ha scritto:", "W dniu 1.12.2026 o 10:00 Ann pisze:", Outlook's separator.
    [GeneratedRegex(
        @"^(On\s.+\swrote:|Le\s.+\sa\s+écrit\s*:|Il giorno\s.+\sha scritto:|W dniu\s.+\spisze:|-{2,}\s*Original Message\s*-{2,})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HistoryHeader();

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(Whitespace().Replace(t.Data, " "));
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                text.Append('\n');
                continue;
            }

            var lines = Paragraphs.Contains(name) ? 2 : Blocks.Contains(name) ? 1 : 0;
            EndLines(text, lines);

            if (name == "li")
            {
                text.Append("- ");
            }

            Walk(element, text);

            // A link shows where it goes when its text does not say it (the agent sees no markup).
            if (name == "a" && element.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                && !element.TextContent.Contains(href, StringComparison.OrdinalIgnoreCase))
            {
                text.Append(" (").Append(href).Append(')');
            }

            EndLines(text, lines);
        }
    }

    /// <summary>Ends the text with at least this many line breaks (spaces between them do not count as text).</summary>
    private static void EndLines(StringBuilder text, int count)
    {
        var trailing = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] is '\n' or ' '; i--)
        {
            trailing += text[i] == '\n' ? 1 : 0;
        }

        for (; text.Length > 0 && trailing < count; trailing++)
        {
            text.Append('\n');
        }
    }

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd().Replace('\u00a0', ' '));
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n', ' ');
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
