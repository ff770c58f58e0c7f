namespace OpenChannels.Domain.Notifications;

/// <summary>
/// Who a note mentions: <c>@</c> and a colleague's full name, as the composer's list inserts it, in any letter case,
/// not followed by another letter or digit. A longer name wins over a shorter one it begins with ("@Anna Kowalska"
/// mentions Anna Kowalska, not also a colleague named "Anna").
/// </summary>
public static class Mentions
{
    public const char Sign = '@';

    public static IReadOnlyList<int> In(string text, IEnumerable<(int Id, string Name)> people)
    {
        var found = new List<int>();
        if (!text.Contains(Sign, StringComparison.Ordinal))
        {
            return found;
        }

        var rest = text.ToCharArray();
        foreach (var (id, name) in people.Where(p => p.Name.Length > 0).OrderByDescending(p => p.Name.Length))
        {
            var mention = Sign + name;
            var searched = new string(rest);
            for (var at = searched.IndexOf(mention, StringComparison.OrdinalIgnoreCase); at >= 0; at = searched.IndexOf(mention, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + mention.Length;
                if (end < searched.Length && char.IsLetterOrDigit(searched[end]))
                {
                    continue;
                }

                if (!found.Contains(id))
                {
                    found.Add(id);
                }

                // Taken: a shorter name inside it is not a second mention.
                Array.Fill(rest, ' ', at, mention.Length);
            }
        }

        return found;
    }
}
