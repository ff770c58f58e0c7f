using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A prepared answer in a quick-reply list, picked by agents in the messenger (A-8, M-4).</summary>
public sealed class QuickReply
{
    public const int TitleMaxLength = 100;
    public const int TextMaxLength = 4000;

    private QuickReply()
    {
        Title = Text = string.Empty;
    }

    public QuickReply(int listId, string title, string text)
    {
        ListId = listId;
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Text = Guard.RequiredText(text, "Text", TextMaxLength);
    }

    public int Id { get; private set; }

    public int ListId { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public void Change(string title, string text)
    {
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Text = Guard.RequiredText(text, "Text", TextMaxLength);
    }
}
