using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Consent;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// What the widget needs before the visitor writes: title (O-1/CH-2), colour, greeting, whether to stay hidden
/// because the channel shows its live chat only during working hours (H-12), the agreement to accept (C-1), the
/// contact form, and the widget's own words in the channel's language (<see cref="WidgetPhrases"/>: around those
/// two, and the message box, buttons, accessible names, "… is typing", "Message deleted", files and connection errors).
/// <see cref="Unavailable"/> is set while the channel is inactive (O-2): the notice the visitor reads above the messages.
/// </summary>
public sealed record WidgetConfig(
    string Title,
    string? Color,
    string? Greeting,
    bool Hidden = false,
    AgreementTerms? Consent = null,
    WidgetContactForm? ContactForm = null,
    WidgetPhrases? Phrases = null,
    string Language = "en",
    string? Unavailable = null);
