using OpenChannels.Domain.Outbound;

namespace OpenChannels.Web.Features.Channels;

public sealed record ChannelWebhookRow(
    int Id, string Name, string Url, WebhookEvents Events, bool IsEnabled, DateTimeOffset? LastDeliveredAt, string? LastError, DateTimeOffset? LastErrorAt, int Pending)
{
    public bool IsFailing => LastErrorAt is { } failed && (LastDeliveredAt is not { } sent || failed > sent);
}
