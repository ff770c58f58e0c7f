using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

/// <summary>L8: a JSON body over the widget API's cap; the API answers 413 without reading the rest.</summary>
public sealed record RequestTooLarge(int MaxBytes)
    : Error("The request is larger than {0} KB.", MaxBytes / 1024);
