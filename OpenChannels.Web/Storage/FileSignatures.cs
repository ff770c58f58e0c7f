namespace OpenChannels.Web.Storage;

/// <summary>Recognises a file's type from its first bytes, not from the name or what the browser claims.</summary>
public static class FileSignatures
{
    public sealed record Format(string Extension, string ContentType);

    private static readonly (Format Format, byte[] Magic)[] Known =
    [
        (new(".png", "image/png"), [0x89, 0x50, 0x4E, 0x47]),
        (new(".jpg", "image/jpeg"), [0xFF, 0xD8, 0xFF]),
        (new(".gif", "image/gif"), [0x47, 0x49, 0x46, 0x38]),
        (new(".webp", "image/webp"), [0x52, 0x49, 0x46, 0x46]),
        (new(".pdf", "application/pdf"), [0x25, 0x50, 0x44, 0x46]),
        (new(".zip", "application/zip"), [0x50, 0x4B, 0x03, 0x04]),
    ];

    public static Format? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (format, magic) in Known)
        {
            if (head.StartsWith(magic))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>Plain text: no NUL byte in the first block.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> head) => !head.Contains((byte)0);

    public static Format? ByExtension(string extension) =>
        Known.Select(k => k.Format).FirstOrDefault(f => f.Extension == extension);
}
