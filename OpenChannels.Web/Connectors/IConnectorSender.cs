using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Connectors;

/// <summary>Delivers a connector's outbound events to the client in the connector's own protocol (Telegram, e-mail, the API's webhook).</summary>
public interface IConnectorSender
{
    ConnectorKind Kind { get; }

    Task<SendOutcome> SendAsync(OutboundAttempt attempt, CancellationToken cancellationToken);

    /// <summary>"Send a test" on the connector: proves the settings work (a signed test event, the bot's identity, the mail servers' sign-in).</summary>
    Task<SendOutcome> TestAsync(OutboundAttempt probe, CancellationToken cancellationToken);
}
