using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Realtime;

/// <summary>A visitor or an agent already holds as many live streams as one may; the newest is refused with 429.</summary>
public sealed record TooManyStreams()
    : Error("Too many windows are following this conversation live. Close one and try again.");
