using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

/// <summary>H2: a visitor, or the channel, has received as many files in the last 24 hours as allowed; the API answers 429.</summary>
public sealed record UploadQuotaReached : Error
{
    private UploadQuotaReached(string template, int limit)
        : base(template, limit)
    {
    }

    public static UploadQuotaReached VisitorFiles(int limit) =>
        new("You have sent the {0} files allowed in a day. Try again later.", limit);

    public static UploadQuotaReached VisitorMegabytes(int limit) =>
        new("You have sent the {0} MB of files allowed in a day. Try again later.", limit);

    public static UploadQuotaReached ChannelMegabytes(int limit) =>
        new("This chat has received the {0} MB of files it takes in a day. Try again later.", limit);
}
