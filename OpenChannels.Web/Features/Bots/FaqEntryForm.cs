using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Bots;

/// <summary>What the FAQ entry dialog edits.</summary>
public sealed class FaqEntryForm
{
    /// <summary>Null: any language.</summary>
    public ChannelLanguage? Language { get; set; }

    /// <summary>One phrasing or keyword per line.</summary>
    public string Phrasings { get; set; } = string.Empty;

    public string Answer { get; set; } = string.Empty;

    public bool OffersAgent { get; set; }
}
