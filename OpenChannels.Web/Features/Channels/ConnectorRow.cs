using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Channels;

/// <summary>A connector on its channel's page, with its state and health (CH-1).</summary>
public sealed record ConnectorRow(int Id, ConnectorKind Kind, string Name, string PublicKey, string? WidgetTitle, string? WidgetColor, string? AllowedOrigins)
{
    /// <summary>The websites the live chat may run on; empty: any.</summary>
    public IReadOnlyList<string> Websites => WebOrigins.Split(AllowedOrigins);

    public bool IsEnabled { get; init; } = true;

    /// <summary>The language of the channel it belongs to: its default texts are in it.</summary>
    public ChannelLanguage Language { get; init; }

    public string? PausedReply { get; init; }

    public string? WebhookUrl { get; init; }

    public string? Settings { get; init; }

    public DateTimeOffset? LastInboundAt { get; init; }

    public DateTimeOffset? LastOutboundAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Outbound events waiting to be sent (or retried).</summary>
    public int Pending { get; init; }

    /// <summary>Whether the last thing that happened outbound was a failure.</summary>
    public bool IsFailing => LastErrorAt is { } failed && (LastOutboundAt is not { } sent || failed > sent);
}
