namespace OpenChannels.Web.Features.Access;

/// <summary>The texts of the access-rights screens (groups, roles), in every language (resources beside this class).</summary>
public sealed class AccessText;
