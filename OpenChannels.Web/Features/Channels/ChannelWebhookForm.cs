using OpenChannels.Domain.Outbound;

namespace OpenChannels.Web.Features.Channels;

public sealed class ChannelWebhookForm
{
    public string Name { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public WebhookEvents Events { get; set; } = WebhookEvents.All;

    public bool Enabled { get; set; } = true;
}
