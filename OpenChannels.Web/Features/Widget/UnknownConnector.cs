using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

public sealed record UnknownConnector(string PublicKey)
    : Error("This chat does not exist (any more). Check the key in the page's snippet.");
