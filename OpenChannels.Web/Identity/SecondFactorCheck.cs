namespace OpenChannels.Web.Identity;

/// <summary>The outcome of checking a sign-in's second factor.</summary>
public enum SecondFactorCheck
{
    Accepted,
    Wrong,

    /// <summary>Too many wrong codes and passwords (or a dismissal): the sign-in starts over and is refused.</summary>
    LockedOut,

    /// <summary>Two-factor sign-in was turned off meanwhile (an administrator reset it): the sign-in starts over.</summary>
    NotEnabled,
}
