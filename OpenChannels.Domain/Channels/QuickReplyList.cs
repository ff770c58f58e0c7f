using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A-8: a named list of quick replies; channels choose one, several channels may share it.</summary>
public sealed class QuickReplyList
{
    public const int NameMaxLength = 100;

    private QuickReplyList()
    {
        Name = string.Empty;
    }

    public QuickReplyList(string name, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);
}
