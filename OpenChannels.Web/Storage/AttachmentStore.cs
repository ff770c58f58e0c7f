using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Storage;

/// <summary>
/// Files sent in conversations. The body is streamed to disk and counted as it arrives, so an oversized file
/// is refused without being held in memory; the type comes from the content, and names are made here. Nothing is
/// written while the disk is down to its floor (H2).
/// </summary>
public sealed class AttachmentStore(DataFolder folder, DiskFloor floor)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ZipBased = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".zip"] = "application/zip",
    };

    private static readonly string[] TextExtensions = [".txt", ".csv", ".log", ".md"];

    public static string Allowed => "images (PNG, JPEG, GIF, WebP), PDF, Office documents, ZIP and plain text";

    public async Task<Result<Attachment>> SaveAsync(Stream content, string? originalName, CancellationToken cancellationToken = default)
    {
        if (floor.IsReached(folder.Root))
        {
            return new InsufficientStorage();
        }

        var name = SafeName(originalName);
        Directory.CreateDirectory(folder.Files);
        var temporary = Path.Combine(folder.Files, $"{Guid.NewGuid():N}.part");
        var head = new byte[512];
        var headLength = 0;
        long total = 0;
        try
        {
            await using (var output = File.Create(temporary))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > MaxBytes)
                    {
                        return new FileTooLarge("File", MaxBytes);
                    }

                    var toHead = Math.Min(read, head.Length - headLength);
                    Array.Copy(buffer, 0, head, headLength, toHead);
                    headLength += toHead;
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (total == 0)
            {
                return new InvalidInput("File", "The file is empty.");
            }

            var type = Classify(head.AsSpan(0, headLength), Path.GetExtension(name));
            if (type is null)
            {
                return new InvalidInput("File", "This kind of file cannot be sent. Allowed: {0}.", Allowed);
            }

            var stored = $"{Guid.NewGuid():N}{type.Value.Extension}";
            File.Move(temporary, Path.Combine(folder.Files, stored));
            return new Attachment(stored, name, type.Value.ContentType, total);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Removes a saved file that no message came to hold (the send failed, or was a repeat).</summary>
    public void Delete(Attachment attachment)
    {
        if (PathOf(attachment) is { } path)
        {
            File.Delete(path);
        }
    }

    public string? PathOf(Attachment attachment)
    {
        var path = Path.Combine(folder.Files, Path.GetFileName(attachment.StoredName));
        return File.Exists(path) ? path : null;
    }

    private static (string Extension, string ContentType)? Classify(ReadOnlySpan<byte> head, string extension)
    {
        var format = FileSignatures.Detect(head);
        if (format is { ContentType: "application/zip" })
        {
            return ZipBased.TryGetValue(extension, out var officeType) ? (extension.ToLowerInvariant(), officeType) : (".zip", "application/zip");
        }

        if (format is not null)
        {
            return (format.Extension, format.ContentType);
        }

        return TextExtensions.Contains(extension.ToLowerInvariant()) && FileSignatures.LooksLikeText(head)
            ? (extension.ToLowerInvariant(), "text/plain")
            : null;
    }

    private static string SafeName(string? originalName)
    {
        var name = Path.GetFileName(originalName ?? string.Empty).Trim();
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray());
        return string.IsNullOrEmpty(name) ? "file" : name.Length <= 255 ? name : name[^255..];
    }
}
