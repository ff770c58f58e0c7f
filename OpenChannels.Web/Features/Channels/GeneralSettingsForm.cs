using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Channels;

/// <summary>What the Other tab edits (O-1…O-5), and what deleting the channel would take with it (O-6).</summary>
public sealed class GeneralSettingsForm
{
    public string Name { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    /// <summary>O-2: what the live chat says while the channel is inactive; empty is the language's default.</summary>
    public string? UnavailableText { get; set; }

    public bool SaveMessageLog { get; set; } = true;

    public bool ConfirmBeforeClosing { get; set; } = true;

    public ChannelLanguage Language { get; set; } = ChannelLanguage.English;

    /// <summary>O-5: the live chat follows the visitor's browser language (when it is one of the four) rather than the channel's.</summary>
    public bool WidgetSpeaksVisitorLanguage { get; set; }

    public int Conversations { get; init; }

    public int Connectors { get; init; }
}
