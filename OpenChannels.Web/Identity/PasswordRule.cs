namespace OpenChannels.Web.Identity;

/// <summary>
/// The password rule as the forms show and check it, from the same setting (SignIn:PasswordMinLength) that ASP.NET Core
/// Identity enforces on the server, so the two cannot drift apart.
/// </summary>
public sealed class PasswordRule(int minLength)
{
    public int MinLength { get; } = minLength;

    public string Hint => $"At least {MinLength} characters, with a lowercase letter and a digit.";

    /// <summary>The hint when the password breaks the rule; null when it is empty (optional) or good.</summary>
    public string? Check(string? value) =>
        string.IsNullOrEmpty(value) || (value.Length >= MinLength && value.Any(char.IsLower) && value.Any(char.IsDigit)) ? null : Hint;
}
