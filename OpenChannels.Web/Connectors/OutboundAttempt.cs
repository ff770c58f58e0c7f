using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Outbound;

namespace OpenChannels.Web.Connectors;

/// <summary>One claimed event and what sending it needs: the address or the connector's settings, and the secret.</summary>
public sealed record OutboundAttempt(
    long Id, string EventId, string EventType, string Payload, OutboundTarget Target, int TargetId, int? ConversationId,
    ConnectorKind? Kind, string? Url, string? ProtectedSecret, string? Settings);
