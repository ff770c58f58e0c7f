using System.Globalization;

namespace OpenChannels.Web.Components.Shared;

/// <summary>
/// Times as the person reading them lives them: in their browser's time zone, never the server's (a container runs in
/// UTC). The browser puts its zone in a cookie; the app's root cascades it, fixed for the circuit; without it, UTC.
/// </summary>
public sealed class ViewerTime(TimeZoneInfo zone, TimeProvider clock)
{
    /// <summary>The cookie that carries the browser's time zone to the server (set by js/time-zone.js).</summary>
    public const string Cookie = "oc-tz";

    public static ViewerTime Utc { get; } = new(TimeZoneInfo.Utc, TimeProvider.System);

    /// <summary>The IANA time zones this machine knows, for the searchable lists (a profile, a channel's hours).</summary>
    public static IReadOnlyList<string> KnownZones { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order().ToList();

    /// <summary>The zones whose id contains what was typed (spaces standing for underscores), for an autocomplete.</summary>
    public static IEnumerable<string> SearchZones(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? KnownZones
            : KnownZones.Where(z => z.Contains(text.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase));

    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public string Format(DateTimeOffset at, string format) => Local(at).ToString(format, CultureInfo.CurrentCulture);

    public DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The time for today's messages, the date for older ones (the conversation list).</summary>
    public string Short(DateTimeOffset at) => Day(at) == Day(clock.GetUtcNow()) ? Format(at, "HH:mm") : Format(at, "d MMM");

    /// <summary>The zone for an IANA id from the browser; UTC when this machine does not know it.</summary>
    public static ViewerTime For(string? timeZoneId, TimeProvider clock) =>
        new(timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc, clock);
}
