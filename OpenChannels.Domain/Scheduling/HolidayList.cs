using System.Globalization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Scheduling;

/// <summary>H-1: holidays written as comma-separated "dd.mm" (e.g. "31.12, 01.01"), the same every year.</summary>
public static class HolidayList
{
    /// <summary>Parses the list; an invalid entry is refused by name ("32.13 is not a day of the year").</summary>
    public static IReadOnlyList<(int Day, int Month)> Parse(string? text)
    {
        var holidays = new List<(int, int)>();
        foreach (var raw in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = raw.Split('.');
            var valid = parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && month is >= 1 and <= 12
                && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
            if (!valid)
            {
                throw new DomainRuleViolated(new InvalidInput("Holidays", "\"{0}\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.", raw));
            }

            holidays.Add((int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)));
        }

        return holidays.Distinct().ToList();
    }

    public static string Format(IEnumerable<(int Day, int Month)> holidays) =>
        string.Join(", ", holidays.Select(h => $"{h.Day:00}.{h.Month:00}"));
}
