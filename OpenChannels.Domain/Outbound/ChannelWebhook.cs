using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Outbound;

/// <summary>
/// An integration's address on an open channel: it is told, signed (<see cref="WebhookSignature"/>), about the channel's
/// new conversations, messages, closings and ratings — whatever the connector. Internal notes are never sent.
/// </summary>
public sealed class ChannelWebhook
{
    public const int NameMaxLength = 100;

    private ChannelWebhook()
    {
        Name = Url = ProtectedSecret = string.Empty;
    }

    public ChannelWebhook(int openChannelId, string name, string url, WebhookEvents events, string protectedSecret, DateTimeOffset now)
    {
        OpenChannelId = openChannelId;
        ProtectedSecret = protectedSecret;
        Name = Url = string.Empty;
        CreatedAt = now;
        Change(name, url, events, true);
    }

    public int Id { get; private set; }

    public int OpenChannelId { get; private set; }

    public string Name { get; private set; }

    public string Url { get; private set; }

    public WebhookEvents Events { get; private set; }

    public bool IsEnabled { get; private set; }

    /// <summary>The signing secret, protected by the data-protection keys (signing needs it back).</summary>
    public string ProtectedSecret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public void Change(string name, string url, WebhookEvents events, bool enabled)
    {
        if (events == WebhookEvents.None || (events & ~WebhookEvents.All) != 0)
        {
            throw new DomainRuleViolated(new InvalidInput("Events", "Choose at least one event to send."));
        }

        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        Url = WebhookAddress.Normalize(url, "Url") ?? throw new DomainRuleViolated(new InvalidInput("Url", "Give the address to post the events to."));
        Events = events;
        IsEnabled = enabled;
    }

    public bool Wants(WebhookEvents kind) => IsEnabled && (Events & kind) == kind;

    public void Delivered(DateTimeOffset now) => LastDeliveredAt = now;

    public void Failed(string error, DateTimeOffset now)
    {
        LastError = error.Length <= 500 ? error : error[..499] + "…";
        LastErrorAt = now;
    }
}
