using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// An e-mail connector's settings, kept as JSON in <c>Connector.Settings</c>: the mailbox read by IMAP, the server that
/// sends the answers, the address they come from — and where reading has got to (<see cref="UidValidity"/> and
/// <see cref="LastUid"/>), so a mail is fetched once even across restarts. The password is not here: it is protected.
/// </summary>
public sealed record EmailSettings
{
    public const int DefaultPollSeconds = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ImapHost { get; init; } = string.Empty;

    public int ImapPort { get; init; } = 993;

    public MailSecurity ImapSecurity { get; init; } = MailSecurity.SslOnConnect;

    public string ImapUser { get; init; } = string.Empty;

    public string SmtpHost { get; init; } = string.Empty;

    public int SmtpPort { get; init; } = 587;

    public MailSecurity SmtpSecurity { get; init; } = MailSecurity.StartTls;

    /// <summary>The SMTP sign-in; empty: the IMAP user. A relay that needs no sign-in is used without one when both are empty.</summary>
    public string? SmtpUser { get; init; }

    public string FromAddress { get; init; } = string.Empty;

    public string? DisplayName { get; init; }

    public int PollSeconds { get; init; } = DefaultPollSeconds;

    /// <summary>The INBOX's UIDVALIDITY when <see cref="LastUid"/> was read; another value means the UIDs were renumbered.</summary>
    public long? UidValidity { get; init; }

    /// <summary>The highest UID whose mail is stored.</summary>
    public long LastUid { get; init; }

    /// <summary>
    /// These settings, changed from <paramref name="before"/>: the same mailbox (IMAP server, port and user) is read on
    /// from where it was; another one starts as a new mailbox does, at its unread mails.
    /// </summary>
    public EmailSettings ContinuingFrom(EmailSettings before) =>
        string.Equals(before.ImapHost, ImapHost, StringComparison.OrdinalIgnoreCase) && before.ImapPort == ImapPort && before.ImapUser == ImapUser
            ? this with { UidValidity = before.UidValidity, LastUid = before.LastUid }
            : this with { UidValidity = null, LastUid = 0 };

    public string SmtpSignIn => string.IsNullOrWhiteSpace(SmtpUser) ? ImapUser : SmtpUser;

    public static EmailSettings Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new EmailSettings() : JsonSerializer.Deserialize<EmailSettings>(json, Json) ?? new EmailSettings();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What is wrong, each naming its field; empty when the settings can be used.</summary>
    public IEnumerable<InvalidInput> Validate()
    {
        if (!IsHost(ImapHost))
        {
            yield return new InvalidInput(nameof(ImapHost), "Enter the IMAP server's host name (for example imap.example.com).");
        }

        if (ImapPort is < 1 or > 65535)
        {
            yield return new InvalidInput(nameof(ImapPort), "The IMAP port must be between 1 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(ImapUser))
        {
            yield return new InvalidInput(nameof(ImapUser), "Enter the mailbox's user name for IMAP.");
        }

        if (!IsHost(SmtpHost))
        {
            yield return new InvalidInput(nameof(SmtpHost), "Enter the SMTP server's host name (for example smtp.example.com).");
        }

        if (SmtpPort is < 1 or > 65535)
        {
            yield return new InvalidInput(nameof(SmtpPort), "The SMTP port must be between 1 and 65535.");
        }

        if (!IsAddress(FromAddress))
        {
            yield return new InvalidInput(nameof(FromAddress), "'{0}' is not a valid sender address.", FromAddress);
        }

        if (DisplayName?.Length > 100)
        {
            yield return new InvalidInput(nameof(DisplayName), "The display name is longer than {0} characters.", 100);
        }

        if (PollSeconds is < 5 or > 3600)
        {
            yield return new InvalidInput(nameof(PollSeconds), "Check for new mail every 5 to 3600 seconds.");
        }
    }

    private static bool IsHost(string? host) =>
        !string.IsNullOrWhiteSpace(host) && Uri.CheckHostName(host.Trim()) != UriHostNameType.Unknown;

    private static bool IsAddress(string? address)
    {
        try
        {
            EmailAddress.Normalize(address);
            return true;
        }
        catch (DomainRuleViolated)
        {
            return false;
        }
    }
}
