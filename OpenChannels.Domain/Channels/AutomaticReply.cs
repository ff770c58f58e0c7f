using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// An automatic text a channel sends (out of hours, no agent, closing, timeout): on or off, and worded by the channel
/// or — when <see cref="Text"/> is null — in the channel language's default words.
/// </summary>
public sealed record AutomaticReply
{
    /// <summary>Every automatic text a channel can reword.</summary>
    public const int TextMaxLength = 1000;

    private AutomaticReply(bool enabled, string? text)
    {
        Enabled = enabled;
        Text = text;
    }

    public static AutomaticReply On { get; } = new(true, null);

    public static AutomaticReply Off { get; } = new(false, null);

    public bool Enabled { get; private set; }

    /// <summary>The channel's own words; null is the language's default.</summary>
    public string? Text { get; private set; }

    /// <summary>A reply with its text trimmed (empty is the default) and checked; <paramref name="field"/> names it in errors.</summary>
    public static AutomaticReply Of(bool enabled, string? text, string field) =>
        new(enabled, Guard.OptionalText(text, field, TextMaxLength));
}
