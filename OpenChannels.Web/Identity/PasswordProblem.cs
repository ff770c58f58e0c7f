namespace OpenChannels.Web.Identity;

/// <summary>Why a form refuses a password; each form says it in the reader's language.</summary>
public enum PasswordProblem
{
    TooShort,
    TooCommon,
}
