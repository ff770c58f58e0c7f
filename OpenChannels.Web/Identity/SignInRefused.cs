using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Identity;

/// <summary>
/// L1: the one answer to a refused sign-in, whether the e-mail is unknown, the password wrong, or the account locked
/// out or dismissed, so the answer does not tell which accounts exist.
/// </summary>
public sealed record SignInRefused() : Error("Wrong e-mail or password, or the account is blocked for now.");
