using OpenChannels.Web.Connectors.Email;

namespace OpenChannels.Web.Features.Channels;

/// <summary>What an administrator enters for an e-mail connector (issue 20): the mailbox, the sending server, the sender.</summary>
public sealed class EmailConnectorForm
{
    public string ImapHost { get; set; } = string.Empty;

    public int ImapPort { get; set; } = 993;

    public MailSecurity ImapSecurity { get; set; } = MailSecurity.SslOnConnect;

    public string ImapUser { get; set; } = string.Empty;

    public string SmtpHost { get; set; } = string.Empty;

    public int SmtpPort { get; set; } = 587;

    public MailSecurity SmtpSecurity { get; set; } = MailSecurity.StartTls;

    /// <summary>Empty: the IMAP user.</summary>
    public string? SmtpUser { get; set; }

    public string Password { get; set; } = string.Empty;

    public string FromAddress { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public int PollSeconds { get; set; } = EmailSettings.DefaultPollSeconds;

    /// <summary>A connector's settings to change; the password stays blank (blank keeps it).</summary>
    public static EmailConnectorForm From(EmailSettings settings) => new()
    {
        ImapHost = settings.ImapHost,
        ImapPort = settings.ImapPort,
        ImapSecurity = settings.ImapSecurity,
        ImapUser = settings.ImapUser,
        SmtpHost = settings.SmtpHost,
        SmtpPort = settings.SmtpPort,
        SmtpSecurity = settings.SmtpSecurity,
        SmtpUser = settings.SmtpUser,
        FromAddress = settings.FromAddress,
        DisplayName = settings.DisplayName,
        PollSeconds = settings.PollSeconds,
    };

    public EmailSettings ToSettings() => new()
    {
        ImapHost = ImapHost.Trim(),
        ImapPort = ImapPort,
        ImapSecurity = ImapSecurity,
        ImapUser = ImapUser.Trim(),
        SmtpHost = SmtpHost.Trim(),
        SmtpPort = SmtpPort,
        SmtpSecurity = SmtpSecurity,
        SmtpUser = string.IsNullOrWhiteSpace(SmtpUser) ? null : SmtpUser.Trim(),
        FromAddress = FromAddress.Trim().ToLowerInvariant(),
        DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim(),
        PollSeconds = PollSeconds,
    };
}
