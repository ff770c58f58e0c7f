using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// H4: links a visitor's browser opens without being able to send a header — a file, a photo, the event stream —
/// carry a short-lived, signed and encrypted statement ("visitor 12 of this connector may read message 345 until
/// 10:15") instead of the visitor's token. A shared link or a proxy's log exposes one item for minutes, never the
/// visitor's conversations. Signed with the app's data-protection key ring; lifetimes run on the app's clock.
/// </summary>
public sealed class WidgetLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>A file or photo link: long enough to show a page of history and click a download a while later.</summary>
    public static readonly TimeSpan ItemLifetime = TimeSpan.FromHours(1);

    /// <summary>An event-stream link: only to open it (and let the browser reconnect after a short drop).</summary>
    public static readonly TimeSpan StreamLifetime = TimeSpan.FromMinutes(5);

    public const string QueryName = "link";

    private readonly IDataProtector _protector = protection.CreateProtector("OpenChannels.Widget.Links.v1");

    public string File(string publicKey, int clientId, long messageId) =>
        Url(publicKey, clientId, LinkKind.File, messageId.ToString(CultureInfo.InvariantCulture), $"files/{messageId}", ItemLifetime);

    public string ChannelPhoto(string publicKey, int clientId) =>
        Url(publicKey, clientId, LinkKind.ChannelPhoto, string.Empty, "channel-photo", ItemLifetime);

    public string AgentPhoto(string publicKey, int clientId, int employeeId) =>
        Url(publicKey, clientId, LinkKind.AgentPhoto, employeeId.ToString(CultureInfo.InvariantCulture), $"agents/{employeeId}/photo", ItemLifetime);

    public (string Url, DateTimeOffset ExpiresAt) Stream(WidgetClient client) =>
        (Url(client.PublicKey, client.ClientId, LinkKind.Stream, string.Empty, "events", StreamLifetime), clock.GetUtcNow() + StreamLifetime);

    /// <summary>The visitor a link speaks for, when it is genuine, unexpired and made for exactly this item of this connector.</summary>
    public int? ClientOf(string? link, string publicKey, LinkKind kind, string item = "")
    {
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        string statement;
        try
        {
            statement = _protector.Unprotect(link);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = statement.Split('|');
        return parts.Length == 5
            && parts[0] == ((int)kind).ToString(CultureInfo.InvariantCulture)
            && parts[1] == publicKey
            && parts[3] == item
            && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var clientId)
            ? clientId
            : null;
    }

    private string Url(string publicKey, int clientId, LinkKind kind, string item, string path, TimeSpan lifetime)
    {
        var expires = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        var statement = string.Join('|', ((int)kind).ToString(CultureInfo.InvariantCulture), publicKey,
            clientId.ToString(CultureInfo.InvariantCulture), item, expires.ToString(CultureInfo.InvariantCulture));
        return $"/api/widget/{publicKey}/{path}?{QueryName}={_protector.Protect(statement)}";
    }
}

/// <summary>What a <see cref="WidgetLinks"/> link opens; part of what is signed, so one kind never opens another.</summary>
public enum LinkKind
{
    File = 1,
    ChannelPhoto = 2,
    AgentPhoto = 3,
    Stream = 4,
}
