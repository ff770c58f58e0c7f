using System.Security.Claims;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Two-factor sign-in turned on or off: the new recovery codes (shown once; none when turned off), and the principal the
/// browser it was done in now holds, for its open tab to carry on with (null when there was no session to keep).
/// </summary>
public sealed record TwoFactorChanged(IReadOnlyList<string> RecoveryCodes, ClaimsPrincipal? Session);
