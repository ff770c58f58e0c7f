namespace OpenChannels.Web.Identity;

/// <summary>Why a sign-in was refused: for the security log only; the person is told the same in every case (L1).</summary>
public enum SignInFailure
{
    UnknownAccount,
    WrongPassword,
    LockedOut,
    Dismissed,
}
