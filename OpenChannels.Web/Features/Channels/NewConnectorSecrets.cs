namespace OpenChannels.Web.Features.Channels;

/// <summary>An API connector's secrets in clear, shown once: the inbox token, and the signing secret of its webhook.</summary>
public sealed record NewConnectorSecrets(int ConnectorId, string PublicKey, string? Token, string? SigningSecret);
