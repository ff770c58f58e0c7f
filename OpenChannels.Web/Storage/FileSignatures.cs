namespace OpenChannels.Web.Storage;

/// <summary>Recognises a file's type from its first bytes, not from the name or what the browser claims.</summary>
public static class FileSignatures
{
    public sealed record Format(string Extension, string ContentType);

    // RIFF is a container (WAV and AVI are RIFF too): a WebP image says WEBP in bytes 8-11, after the chunk size (I6).
    private static readonly (Format Format, byte[] Magic, byte[]? AtEight)[] Known =
    [
        (new(".png", "image/png"), [0x89, 0x50, 0x4E, 0x47], null),
        (new(".jpg", "image/jpeg"), [0xFF, 0xD8, 0xFF], null),
        (new(".gif", "image/gif"), [0x47, 0x49, 0x46, 0x38], null),
        (new(".webp", "image/webp"), "RIFF"u8.ToArray(), "WEBP"u8.ToArray()),
        (new(".pdf", "application/pdf"), [0x25, 0x50, 0x44, 0x46], null),
        (new(".zip", "application/zip"), [0x50, 0x4B, 0x03, 0x04], null),
    ];

    public static Format? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (format, magic, atEight) in Known)
        {
            if (head.StartsWith(magic) && (atEight is null || (head.Length >= 12 && head[8..12].SequenceEqual(atEight))))
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
