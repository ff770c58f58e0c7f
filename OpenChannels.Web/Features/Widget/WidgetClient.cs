namespace OpenChannels.Web.Features.Widget;

/// <summary>A resolved visitor: the connector they write to and who they are.</summary>
public sealed record WidgetClient(int ConnectorId, int OpenChannelId, string PublicKey, int ClientId);
