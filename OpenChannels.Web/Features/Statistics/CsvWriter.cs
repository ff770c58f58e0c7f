using System.Globalization;
using System.Text;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// Writes CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right), RFC 4180 — comma separated,
/// CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled — and formula injection
/// neutralised: a text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading
/// apostrophe, so a spreadsheet shows it instead of running it. It writes straight to its stream, row by row.
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    /// <summary>UTF-8 that writes the byte-order mark first.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private readonly StreamWriter _writer = new(stream, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
    private readonly List<string> _row = [];

    /// <summary>How many rows were written, the header included.</summary>
    public long Rows { get; private set; }

    /// <summary>A text field, neutralised and quoted as needed.</summary>
    public CsvWriter Text(string? value)
    {
        _row.Add(Escape(value ?? string.Empty));
        return this;
    }

    /// <summary>A number, written invariantly (a dot for decimals) and never neutralised: it is a value, not a formula.</summary>
    public CsvWriter Number(double? value)
    {
        _row.Add(value is { } v ? Math.Round(v, 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
        return this;
    }

    public CsvWriter Number(long? value)
    {
        _row.Add(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        return this;
    }

    /// <summary>A moment, as ISO 8601 in the given zone (what spreadsheets read as a date and time).</summary>
    public CsvWriter Time(DateTimeOffset? value, TimeZoneInfo zone)
    {
        _row.Add(value is { } v ? TimeZoneInfo.ConvertTime(v, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : string.Empty);
        return this;
    }

    /// <summary>Ends the row; flushes now and then, so memory stays the same however many rows follow.</summary>
    public async ValueTask EndRowAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WriteAsync(string.Join(',', _row).AsMemory(), cancellationToken);
        await _writer.WriteAsync(_writer.NewLine.AsMemory(), cancellationToken);
        _row.Clear();
        Rows++;
        if (Rows % 200 == 0)
        {
            await _writer.FlushAsync(cancellationToken);
        }
    }

    public async ValueTask HeaderAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        await EndRowAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }

    /// <summary>One field as RFC 4180 wants it, after neutralising a formula.</summary>
    public static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
