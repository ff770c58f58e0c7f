namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// What the widget needs before the visitor writes: title (O-1/CH-2), colour, greeting, and whether to stay hidden
/// because the channel shows its live chat only during working hours (H-12).
/// </summary>
public sealed record WidgetConfig(string Title, string? Color, string? Greeting, bool Hidden = false);
