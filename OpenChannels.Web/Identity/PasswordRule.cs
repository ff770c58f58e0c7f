namespace OpenChannels.Web.Identity;

/// <summary>
/// The password rule as the forms show and check it, from the same setting (SignIn:PasswordMinLength) and list that
/// ASP.NET Core Identity enforces on the server, so the two cannot drift apart. L12: a length and no common password;
/// no composition rules (NIST SP 800-63B).
/// </summary>
public sealed class PasswordRule(int minLength, CommonPasswords common)
{
    public int MinLength { get; } = minLength;

    /// <summary>What is wrong with the password; null when it is empty (optional) or good.</summary>
    public PasswordProblem? Check(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : value.Length < MinLength ? PasswordProblem.TooShort
        : common.Contains(value) ? PasswordProblem.TooCommon
        : null;
}
