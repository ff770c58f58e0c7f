using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>L1: too many failed sign-ins from one address, whichever accounts they named.</summary>
public sealed record SignInThrottled(int Minutes)
    : Error("Too many failed sign-ins from this address. Try again in {0} minutes.", Minutes);
