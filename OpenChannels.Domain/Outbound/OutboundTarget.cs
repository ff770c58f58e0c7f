namespace OpenChannels.Domain.Outbound;

/// <summary>Who an outbound event is for.</summary>
public enum OutboundTarget
{
    /// <summary>The client, through the conversation's connector (Telegram, e-mail, the API caller's webhook).</summary>
    Connector = 1,

    /// <summary>An integration's webhook on a channel.</summary>
    Webhook = 2,
}
