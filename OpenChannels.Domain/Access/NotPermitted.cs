using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>
/// The viewer may see the thing but their access rights do not allow this action on it (P-6). Something they may not
/// see at all gets <see cref="NotFound"/> instead, so ids cannot be probed.
/// </summary>
public sealed record NotPermitted(Permission Permission)
    : Error("Your access rights do not allow this. Ask someone who may change access rights.");
