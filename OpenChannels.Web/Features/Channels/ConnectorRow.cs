using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Channels;

public sealed record ConnectorRow(int Id, ConnectorKind Kind, string Name, string PublicKey, string? WidgetTitle, string? WidgetColor);
