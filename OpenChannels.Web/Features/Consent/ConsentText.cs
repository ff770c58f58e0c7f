namespace OpenChannels.Web.Features.Consent;

/// <summary>The texts of a channel's Consent tab and the custom agreements, in every language (resources beside this class).</summary>
public sealed class ConsentText;
