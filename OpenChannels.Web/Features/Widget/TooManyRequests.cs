using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Widget;

/// <summary>A visitor or an address went over its allowance on the public widget API; the API answers 429.</summary>
public sealed record TooManyRequests()
    : Error("Slow down and try again in a few seconds.");
