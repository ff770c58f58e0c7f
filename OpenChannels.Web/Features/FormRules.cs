using OpenChannels.Domain.Common;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features;

/// <summary>Field checks shared by forms, giving the same messages as the server-side rules, in the reader's language.</summary>
public static class FormRules
{
    public static string? Email(string? value, ErrorMessages messages)
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
            return messages.Of(e.Error);
        }
    }
}
