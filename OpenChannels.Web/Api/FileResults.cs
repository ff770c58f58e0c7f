using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Api;

/// <summary>Serves a stored attachment: images inline, everything else as a download, never sniffed as HTML.</summary>
public static class FileResults
{
    public static IResult Serve(HttpContext http, string path, Attachment attachment)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        http.Response.Headers.CacheControl = "private, no-store";
        return attachment.IsImage
            ? Results.File(path, attachment.ContentType)
            : Results.File(path, attachment.ContentType, fileDownloadName: attachment.OriginalName);
    }
}
