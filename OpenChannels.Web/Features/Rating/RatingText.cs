namespace OpenChannels.Web.Features.Rating;

/// <summary>The texts of the Rating tab, in every language (resources beside this class).</summary>
public sealed class RatingText;
