using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>A wrong, old or already used authenticator code, or a recovery code that is not one of the user's unused ones.</summary>
public sealed record SecondFactorRefused(bool RecoveryCode) : Error(RecoveryCode
    ? "That recovery code is not valid, or it was used already."
    : "That code is not valid, or it was used already. Enter the current code from your authenticator app.");
