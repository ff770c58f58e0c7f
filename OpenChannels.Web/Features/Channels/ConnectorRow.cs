using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Channels;

public sealed record ConnectorRow(int Id, ConnectorKind Kind, string Name, string PublicKey, string? WidgetTitle, string? WidgetColor, string? AllowedOrigins)
{
    /// <summary>The websites the live chat may run on; empty: any.</summary>
    public IReadOnlyList<string> Websites => WebOrigins.Split(AllowedOrigins);
}
