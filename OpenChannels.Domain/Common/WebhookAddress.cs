namespace OpenChannels.Domain.Common;

/// <summary>An address we post events to: absolute http or https, without credentials in it (they would be logged).</summary>
public static class WebhookAddress
{
    public const int MaxLength = 500;

    /// <returns>The address, trimmed; null when none was given.</returns>
    public static string? Normalize(string? value, string field)
    {
        var text = Guard.OptionalText(value, field, MaxLength);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainRuleViolated(new InvalidInput(field, "'{0}' is not a web address: write it like https://example.com/hooks/openchannels.", text));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new DomainRuleViolated(new InvalidInput(field, "Put no user name or password in the address: the signature proves who is calling."));
        }

        return uri.ToString();
    }
}
