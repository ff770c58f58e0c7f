using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Storage;

/// <summary>
/// Profile photos in the data folder under server-made names. The size limit is enforced while reading, and the
/// type is taken from the file's first bytes, not from what the browser claims.
/// </summary>
public sealed class PhotoStore(DataFolder folder)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public async Task<Result<string>> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return new FileTooLarge("Photo", MaxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        var format = FileSignatures.Detect(bytes);
        if (format is null || !format.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return new InvalidInput("Photo", "The photo must be a PNG, JPEG, GIF or WebP image.");
        }

        Directory.CreateDirectory(folder.Photos);
        var name = $"{Guid.NewGuid():N}{format.Extension}";
        await File.WriteAllBytesAsync(Path.Combine(folder.Photos, name), bytes, cancellationToken);
        return name;
    }

    /// <summary>The full path and content type of a stored photo, or null for a name that is not ours.</summary>
    public (string Path, string ContentType)? Find(string? name)
    {
        if (string.IsNullOrEmpty(name) || name != System.IO.Path.GetFileName(name))
        {
            return null;
        }

        var format = FileSignatures.ByExtension(System.IO.Path.GetExtension(name));
        var path = System.IO.Path.Combine(folder.Photos, name);
        return format is not null && File.Exists(path) ? (path, format.ContentType) : null;
    }

    public void Delete(string? name)
    {
        if (Find(name) is { } photo)
        {
            File.Delete(photo.Path);
        }
    }
}
