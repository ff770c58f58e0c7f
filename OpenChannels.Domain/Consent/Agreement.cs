using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Consent;

/// <summary>
/// C-1: a custom personal-data agreement (title + text) that channels may ask clients to accept. Every change of
/// its wording is a new version, so clients who accepted an earlier one are asked again.
/// </summary>
public sealed class Agreement
{
    public const int TitleMaxLength = 150;
    public const int TextMaxLength = 8000;

    private Agreement()
    {
        Title = Text = string.Empty;
    }

    public Agreement(string title, string text, DateTimeOffset now)
    {
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Text = Guard.RequiredText(text, "Text", TextMaxLength);
        Version = 1;
        ChangedAt = now;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>A new version only when the wording changed; saving the same text again changes nothing.</summary>
    public void Reword(string title, string text, DateTimeOffset now)
    {
        var newTitle = Guard.RequiredText(title, "Title", TitleMaxLength);
        var newText = Guard.RequiredText(text, "Text", TextMaxLength);
        if (newTitle == Title && newText == Text)
        {
            return;
        }

        Title = newTitle;
        Text = newText;
        Version++;
        ChangedAt = now;
    }

    public AgreementTerms Terms => new(Id, Version, Title, Text);
}
