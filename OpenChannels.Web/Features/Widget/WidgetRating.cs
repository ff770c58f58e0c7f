namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// as the live chat reads them, about the visitor's latest conversation here: <see cref="Stage"/> is "none",
/// "offered" (ongoing: the menu offers "Rate"), "requested" (finished: the request with its <see cref="Text"/>) or
/// "rated" (with the visitor's <see cref="Rating"/>, "like" or "dislike", and comment).
/// </summary>
public sealed record WidgetRating(int? ConversationId, string Stage, string? Text = null, string? Rating = null, string? Comment = null)
{
    public static readonly WidgetRating Nothing = new(null, "none");
}
