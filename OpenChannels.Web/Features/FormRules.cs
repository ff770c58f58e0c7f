using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features;

/// <summary>Field checks shared by forms, giving the same messages as the server-side rules.</summary>
public static class FormRules
{
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
}
