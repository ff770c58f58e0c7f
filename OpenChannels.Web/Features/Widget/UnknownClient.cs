using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

public sealed record UnknownClient()
    : Error("The chat session is unknown or has expired. Start a new one.");
