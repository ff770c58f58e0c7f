namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// What the widget must still ask this visitor: to accept the channel's current agreement (C-1), to fill the contact
/// form; and the contact details already known, to prefill the form.
/// </summary>
public sealed record WidgetClientState(bool ConsentNeeded, bool ContactFormNeeded, bool MayWrite, string? Name, string? Email, string? Phone);
