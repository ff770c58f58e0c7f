using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

/// <summary>H4: a signed link that has expired, was made for something else, or was never ours; the API answers 401.</summary>
public sealed record LinkExpired()
    : Error("This link has expired. Open the chat again to get a fresh one.");
