namespace OpenChannels.Domain.Common;

/// <summary>A forgiving phone check: digits with the usual separators, an optional leading +, 6 to 15 digits.</summary>
public static class PhoneNumber
{
    public const int MaxLength = 40;

    public static string Normalize(string? value)
    {
        var phone = Guard.RequiredText(value, "Phone", MaxLength);
        var digits = phone.Count(char.IsAsciiDigit);
        var allowed = phone.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        return allowed && digits is >= 6 and <= 15
            ? string.Join(' ', phone.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : throw new DomainRuleViolated(new InvalidInput("Phone", "'{0}' is not a phone number. Use digits, e.g. +33 1 23 45 67 89.", phone));
    }
}
