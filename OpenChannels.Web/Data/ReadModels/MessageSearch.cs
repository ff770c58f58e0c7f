using System.Text;

namespace OpenChannels.Web.Data.ReadModels;

/// <summary>
/// The full-text index of message text (SQLite FTS5, table <see cref="Table"/>) and the per-conversation message count
/// the conversation list sorts by (the <see cref="CountColumn"/> column of Conversations). Triggers on Messages keep both
/// in the same transaction as the message itself — a message is searchable the moment it is stored, an edit replaces its
/// words, a deleted message leaves the index — so a search is an index lookup, never a LIKE over every message. The
/// ListAndSearch migration holds their SQL; a change to them is a new migration (docs/decisions/0016).
/// </summary>
public static class MessageSearch
{
    public const string Table = "MessagesFts";

    /// <summary>Client and agent messages of the conversation; notes and automatic texts are not counted.</summary>
    public const string CountColumn = "MessageCount";

    public const string InsertTrigger = "Messages_Search_OnInsert";
    public const string UpdateTrigger = "Messages_Search_OnUpdate";
    public const string DeleteTrigger = "Messages_Search_OnDelete";

    /// <summary>The longest search text accepted.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>
    /// The FTS5 query for what a person typed: each word quoted (so no character of theirs is FTS syntax), all required,
    /// the last one also as a prefix (so "deliv" finds "delivery" as they type). Null when nothing searchable is left.
    /// </summary>
    public static string? MatchQuery(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        if (words.Count == 0)
        {
            return null;
        }

        return string.Join(' ', words.Take(12).Select((w, i) => i == Math.Min(words.Count, 12) - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }
}
