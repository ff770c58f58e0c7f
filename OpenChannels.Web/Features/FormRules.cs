using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features;

/// <summary>Field checks shared by forms, giving the same messages as the server-side rules.</summary>
public static class FormRules
{
    public const string PasswordHint = "At least 10 characters, with a lowercase letter and a digit.";

    public static string? Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            EmailAddress.Normalize(value);
            return null;
        }
        catch (DomainRuleViolated e)
        {
            return e.Message;
        }
    }

    public static string? Password(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length >= 10 && value.Any(char.IsLower) && value.Any(char.IsDigit) ? null : PasswordHint;
    }
}
