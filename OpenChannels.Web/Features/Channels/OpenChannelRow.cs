namespace OpenChannels.Web.Features.Channels;

/// <summary>One line of the open channel list.</summary>
public sealed record OpenChannelRow(int Id, string Name, bool IsActive, int ConnectorCount, DateTimeOffset CreatedAt);
