using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenChannels.Web.Data;

/// <summary>
/// Time arithmetic the database does itself, on moments stored by <c>DateTimeOffsetToBinaryConverter</c>: the ticks
/// divided by 1000 (tenths of a millisecond) shifted 11 bits left, the offset in minutes in those 11 bits. Every stored
/// moment is UTC, so the offset bits are zero and one integer division gives its UTC quarter-hour: reports group by it
/// in SQL and fold the few groups into local days and hours afterwards, which keeps DST and half-hour zones right.
/// </summary>
public static class SqlTime
{
    /// <summary>A quarter-hour in the stored form: 15 minutes of 9,000,000 tenths of a millisecond, 11 bits up.</summary>
    public const long StoredQuarterHour = 15L * 60 * 10_000 << 11;

    /// <summary>The UTC quarter-hours since 0001-01-01 of a stored moment (translated to SQL; never runs in .NET).</summary>
    public static long QuarterHour(DateTimeOffset at) => throw new InvalidOperationException($"{nameof(QuarterHour)} runs in SQL only ({at}).");

    /// <summary>The start of a quarter-hour <see cref="QuarterHour"/> returned.</summary>
    public static DateTimeOffset StartOf(long quarterHour) => new(quarterHour * TimeSpan.TicksPerMinute * 15, TimeSpan.Zero);

    /// <summary>The quarter-hour of a moment, computed in .NET exactly as SQL does (for tests and boundaries).</summary>
    public static long QuarterHourOf(DateTimeOffset at) => at.UtcTicks / (TimeSpan.TicksPerMinute * 15);

    public static void Register(ModelBuilder builder)
    {
        builder.HasDbFunction(typeof(SqlTime).GetMethod(nameof(QuarterHour))!)
            .HasTranslation(arguments =>
            {
                var integer = new LongTypeMapping("INTEGER");
                return new SqlBinaryExpression(
                    ExpressionType.Divide,
                    arguments[0],
                    new SqlConstantExpression(StoredQuarterHour, integer),
                    typeof(long),
                    integer);
            });
    }
}
