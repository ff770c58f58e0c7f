namespace OpenChannels.Web.Features.Reports;

/// <summary>Conversations started per weekday (Monday first) and hour, each in its channel's time zone.</summary>
public sealed class BusyHours
{
    private readonly int[,] _counts = new int[7, 24];

    public int this[DayOfWeek day, int hour] => _counts[Row(day), hour];

    public int Max { get; private set; }

    /// <summary>The weekdays in the order the heat map shows them.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    internal void Add(DateTime local, int count)
    {
        var total = _counts[Row(local.DayOfWeek), local.Hour] += count;
        Max = Math.Max(Max, total);
    }

    private static int Row(DayOfWeek day) => ((int)day + 6) % 7;
}
