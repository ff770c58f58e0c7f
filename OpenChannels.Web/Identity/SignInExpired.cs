using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>The code step of a sign-in without a password step behind it: never begun, from another browser, or too old.</summary>
public sealed record SignInExpired() : Error("The sign-in took too long. Enter your e-mail and password again.");
