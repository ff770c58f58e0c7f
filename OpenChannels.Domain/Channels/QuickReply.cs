using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A prepared answer agents pick in the messenger (A-8, M-4).</summary>
public sealed class QuickReply
{
    public const int TitleMaxLength = 100;
    public const int TextMaxLength = 4000;

    private QuickReply()
    {
        Title = Text = string.Empty;
    }

    public QuickReply(int openChannelId, string title, string text)
    {
        OpenChannelId = openChannelId;
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Text = Guard.RequiredText(text, "Text", TextMaxLength);
    }

    public int Id { get; private set; }

    public int OpenChannelId { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }
}
