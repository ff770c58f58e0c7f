namespace OpenChannels.Web.Features.Home;

/// <summary>The texts of the overview page, in every language (resources beside this class).</summary>
public sealed class HomeText;
