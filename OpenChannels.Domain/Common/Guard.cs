namespace OpenChannels.Domain.Common;

/// <summary>Checks shared by the entities for the text they accept.</summary>
public static class Guard
{
    /// <summary>Trims <paramref name="value"/> and requires 1..<paramref name="maxLength"/> characters.</summary>
    public static string RequiredText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolated(new InvalidInput(field, "{0} is required.", field));
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleViolated(new InvalidInput(field, "{0} must be at most {1} characters.", field, maxLength));
    }

    /// <summary>Trims <paramref name="value"/>; empty becomes null; at most <paramref name="maxLength"/> characters.</summary>
    public static string? OptionalText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainRuleViolated(new InvalidInput(field, "{0} must be at most {1} characters.", field, maxLength));
    }
}
