using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>Two-factor sign-in cannot be turned off by someone the administrators require it of.</summary>
public sealed record TwoFactorRequired() : Error("Your administrator requires two-factor sign-in, so it cannot be turned off.");
