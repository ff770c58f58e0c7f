using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>Turning two-factor sign-in off was confirmed with neither a current authenticator code nor the password.</summary>
public sealed record ConfirmationRefused()
    : Error("That is neither a current code from your authenticator app nor your password.");
