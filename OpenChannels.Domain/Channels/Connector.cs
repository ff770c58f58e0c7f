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

    /// <summary>CH-1: a disabled connector still stores what clients send — nothing is lost — and answers with <see cref="PausedReply"/>.</summary>
    public bool IsEnabled { get; private set; } = true;

    /// <summary>The answer while disabled; null is the channel language's default.</summary>
    public string? PausedReply { get; private set; }

    /// <summary>Since when it is disabled: the paused text goes once per conversation in that time.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public void Disable(string? reply, DateTimeOffset now)
    {
        PausedReply = Guard.OptionalText(reply, "Reply", AutomaticReply.TextMaxLength);
        DisabledAt = IsEnabled ? now : DisabledAt;
        IsEnabled = false;
    }

    public void Enable()
    {
        IsEnabled = true;
        DisabledAt = null;
    }

    /// <summary>The API connector's inbound token, as a SHA-256 hash (shown once).</summary>
    public string? TokenHash { get; private set; }

    /// <summary>What the connector needs read back, protected by the data-protection keys: the webhook's signing secret,
    /// the Telegram bot token, the mailbox password.</summary>
    public string? ProtectedSecret { get; private set; }

    /// <summary>Where the API connector posts its outbound events (absolute http or https).</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>The kind's own settings (servers, polling or webhook…) as JSON, read and checked by the kind's connector.</summary>
    public string? Settings { get; private set; }

    public void SetCredentials(string? tokenHash, string? protectedSecret)
    {
        TokenHash = tokenHash ?? TokenHash;
        ProtectedSecret = protectedSecret ?? ProtectedSecret;
    }

    public void Configure(string? webhookUrl, string? settings)
    {
        WebhookUrl = WebhookAddress.Normalize(webhookUrl, "WebhookUrl");
        Settings = Guard.OptionalText(settings, "Settings", 4000);
    }

    /// <summary>Health: when a client's message last arrived.</summary>
    public DateTimeOffset? LastInboundAt { get; private set; }

    /// <summary>Health: when something last reached the client (or the API's receiver).</summary>
    public DateTimeOffset? LastOutboundAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    /// <summary>Health moves once a minute at most: a busy connector costs no extra write per message.</summary>
    public static readonly TimeSpan HealthPrecision = TimeSpan.FromMinutes(1);

    public void Received(DateTimeOffset now)
    {
        if (LastInboundAt is not { } last || now - last >= HealthPrecision)
        {
            LastInboundAt = now;
        }
    }

    public void Sent(DateTimeOffset now)
    {
        if (LastOutboundAt is not { } last || now - last >= HealthPrecision || LastErrorAt > last)
        {
            LastOutboundAt = now;
        }
    }

    public void Failed(string error, DateTimeOffset now)
    {
        LastError = error.Length <= 500 ? error : error[..499] + "…";
        LastErrorAt = now;
    }
}
