using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

/// <summary>The request comes from a website that is not on the connector's list of allowed websites; the API answers 403.</summary>
public sealed record OriginNotAllowed(string Origin)
    : Error("This chat may not be used on {0}. Its administrator lists the websites it runs on.", Origin);
