namespace OpenChannels.Web.Features.Routing;

/// <summary>The texts of a channel's Queue tab, in every language (resources beside this class).</summary>
public sealed class RoutingText;
