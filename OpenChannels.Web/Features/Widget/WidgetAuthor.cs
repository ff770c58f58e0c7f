namespace OpenChannels.Web.Features.Widget;

/// <summary>Q-7: the agent as clients see them.</summary>
public sealed record WidgetAuthor(string Name, string? PhotoUrl);
