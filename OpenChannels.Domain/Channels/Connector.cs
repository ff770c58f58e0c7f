using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// One communication channel instance (a live-chat widget, an API inbox…). CH-1: it is attached to one open
/// channel at a time (a single reference, never a list); O-6: deleting that channel detaches it, so none is possible.
/// </summary>
public sealed class Connector
{
    public const int NameMaxLength = 100;

    private Connector()
    {
        Name = PublicKey = string.Empty;
    }

    public Connector(ConnectorKind kind, string name, int openChannelId, string publicKey)
    {
        PublicKey = Guard.RequiredText(publicKey, "Key", 64);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleViolated(new InvalidInput("Kind", "Unknown connector kind {0}.", (int)kind));
        }

        Kind = kind;
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        OpenChannelId = openChannelId;
    }

    public int Id { get; private set; }

    public ConnectorKind Kind { get; private set; }

    public string Name { get; private set; }

    public int? OpenChannelId { get; private set; }

    /// <summary>The public identifier in the widget snippet and the client API's URLs. Not a secret.</summary>
    public string PublicKey { get; private set; }

    /// <summary>CH-2: the live chat's title over the channel's name (O-1), when set.</summary>
    public string? WidgetTitle { get; private set; }

    /// <summary>CH-2: the widget's colour, as #rrggbb.</summary>
    public string? WidgetColor { get; private set; }

    public void ChangeWidgetLook(string? title, string? color)
    {
        var trimmedColor = color?.Trim();
        if (!string.IsNullOrEmpty(trimmedColor) && !System.Text.RegularExpressions.Regex.IsMatch(trimmedColor, "^#[0-9a-fA-F]{6}$"))
        {
            throw new DomainRuleViolated(new InvalidInput("Color", "The colour must look like #1565c0."));
        }

        WidgetTitle = Guard.OptionalText(title, "Title", NameMaxLength);
        WidgetColor = string.IsNullOrEmpty(trimmedColor) ? null : trimmedColor.ToLowerInvariant();
    }

    /// <summary>The websites this live chat may run on (<see cref="WebOrigins"/>), one per line; null: any.</summary>
    public string? AllowedOrigins { get; private set; }

    public void RestrictToOrigins(IEnumerable<string?> origins) => AllowedOrigins = WebOrigins.Normalize(origins);

    /// <summary>A new public key: the old snippet, and every link made with the old key, stop working at once.</summary>
    public void ReplaceKey(string publicKey)
    {
        var key = Guard.RequiredText(publicKey, "Key", 64);
        PublicKey = key != PublicKey ? key : throw new InvalidOperationException("A replacement key must differ from the old one.");
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    /// <summary>CH-1: moving a connector detaches it from its previous channel.</summary>
    public void AttachTo(int openChannelId) => OpenChannelId = openChannelId;

    /// <summary>O-6: the channel is gone; the connector stays, receiving nothing until attached again.</summary>
    public void Detach() => OpenChannelId = null;
}
