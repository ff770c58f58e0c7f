namespace OpenChannels.Web.Features.Widget;

/// <summary>What the widget needs before the visitor writes: title (O-1/CH-2), colour and greeting.</summary>
public sealed record WidgetConfig(string Title, string? Color, string? Greeting);
