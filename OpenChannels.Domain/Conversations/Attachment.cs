namespace OpenChannels.Domain.Conversations;

/// <summary>A file sent in a conversation, stored in the data folder under a server-made name.</summary>
public sealed class Attachment
{
    private Attachment()
    {
        StoredName = OriginalName = ContentType = string.Empty;
    }

    public Attachment(string storedName, string originalName, string contentType, long size)
    {
        StoredName = storedName;
        OriginalName = originalName;
        ContentType = contentType;
        Size = size;
    }

    public string StoredName { get; private set; }

    public string OriginalName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
