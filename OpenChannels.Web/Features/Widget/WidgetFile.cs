namespace OpenChannels.Web.Features.Widget;

public sealed record WidgetFile(long Id, string Name, string ContentType, long Size, string Url, bool IsImage);
