using System.Text.RegularExpressions;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>
/// The CRM keeps phones in E.164 (<c>+</c>, country code, number; at most 15 digits) so that one number written two ways
/// is one number. Parsing what a person typed is the host's job (a maintained phone library); the model checks the form.
/// </summary>
public static partial class CrmPhone
{
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    public static string Require(string? value) =>
        IsE164(value)
            ? value!
            : throw new DomainRuleViolated(new InvalidInput("Phone", "'{0}' is not a phone number in international form, e.g. +33123456789.", value ?? string.Empty));

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
