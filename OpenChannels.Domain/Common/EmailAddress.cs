namespace OpenChannels.Domain.Common;

/// <summary>A deliberately small e-mail check: one @, something on each side, a dot in the domain, no spaces.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string? value, string field = "E-mail")
    {
        var email = Guard.RequiredText(value, field, MaxLength);
        var at = email.IndexOf('@');
        var valid = at > 0
            && at == email.LastIndexOf('@')
            && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace);
        return valid
            ? email.ToLowerInvariant()
            : throw new DomainRuleViolated(new InvalidInput(field, "'{0}' is not a valid e-mail address.", email));
    }
}
