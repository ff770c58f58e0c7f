using System.Globalization;
using System.Text;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Bots;

/// <summary>
/// Finds the FAQ entry a client's message asks, by trigram similarity (the measure PostgreSQL's pg_trgm uses): both
/// texts are folded — lower case, accents and Polish letters reduced to their base letter — cut into words, and each
/// word padded and cut into three-letter pieces. An entry matches when its best phrasing's pieces are mostly found in
/// the message, so word endings ("commande" / "commandes", "zamówienie" / "zamówienia"), typos and extra words cost
/// little, while a message sharing only small words ("what are your …") stays below the threshold.
/// </summary>
public static class FaqMatcher
{
    /// <summary>The share of a phrasing's trigrams the message must contain.</summary>
    public const double Threshold = 0.6;

    public static FaqMatch? Best(string message, IEnumerable<FaqEntry> entries, ChannelLanguage language)
    {
        var said = Trigrams(message);
        if (said.Count == 0)
        {
            return null;
        }

        return entries
            .Select(entry => entry.PhrasingLines
                .Select(phrasing => Trigrams(phrasing))
                .Where(wanted => wanted.Count > 0)
                .Select(wanted => new FaqMatch(entry, Coverage(said, wanted), wanted.Count))
                .MaxBy(m => (m.Score, m.Weight)))
            .Where(m => m is not null && m.Score >= Threshold)
            .Select(m => m!)
            // Answers are in the channel's language where entries exist in several; then the closest, then the most specific.
            .OrderByDescending(m => m.Entry.Language == language)
            .ThenByDescending(m => m.Entry.Language is null)
            .ThenByDescending(m => m.Score)
            .ThenByDescending(m => m.Weight)
            .ThenBy(m => m.Entry.Id)
            .FirstOrDefault();
    }

    /// <summary>The share of <paramref name="wanted"/> found in <paramref name="said"/>.</summary>
    public static double Coverage(IReadOnlySet<string> said, IReadOnlySet<string> wanted) =>
        wanted.Count == 0 ? 0 : (double)wanted.Count(said.Contains) / wanted.Count;

    public static double Similarity(string message, string phrasing) => Coverage(Trigrams(message), Trigrams(phrasing));

    /// <summary>The trigrams of every word, each word padded with two spaces before and one after.</summary>
    public static IReadOnlySet<string> Trigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(Fold(text)))
        {
            var padded = "  " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                set.Add(padded.Substring(i, 3));
            }
        }

        return set;
    }

    /// <summary>Lower case without diacritics; the letters Unicode does not decompose (ł, ø, ß, æ, œ) by their base.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    folded.Append(c switch
                    {
                        'ł' => "l",
                        'ø' => "o",
                        'ß' => "ss",
                        'æ' => "ae",
                        'œ' => "oe",
                        'đ' => "d",
                        _ => c.ToString(),
                    });
                    break;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
