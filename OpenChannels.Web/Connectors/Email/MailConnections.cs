using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>Signed-in IMAP and SMTP connections from a connector's settings and its unprotected password.</summary>
public sealed class MailConnections(ConnectorCredentials credentials, ConnectorSettings connectors)
{
    public async Task<ImapClient> ImapAsync(EmailSettings settings, string? protectedPassword, CancellationToken cancellationToken)
    {
        var imap = new ImapClient { Timeout = (int)connectors.Timeout.TotalMilliseconds };
        try
        {
            await imap.ConnectAsync(settings.ImapHost, settings.ImapPort, Options(settings.ImapSecurity), cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.ImapUser))
            {
                await imap.AuthenticateAsync(settings.ImapUser, Password(protectedPassword), cancellationToken);
            }

            return imap;
        }
        catch
        {
            imap.Dispose();
            throw;
        }
    }

    public async Task<SmtpClient> SmtpAsync(EmailSettings settings, string? protectedPassword, CancellationToken cancellationToken)
    {
        var smtp = new SmtpClient { Timeout = (int)connectors.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Options(settings.SmtpSecurity), cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.SmtpSignIn) && smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            {
                await smtp.AuthenticateAsync(settings.SmtpSignIn, Password(protectedPassword), cancellationToken);
            }

            return smtp;
        }
        catch
        {
            smtp.Dispose();
            throw;
        }
    }

    private string Password(string? protectedPassword) => protectedPassword is null ? string.Empty : credentials.Unprotect(protectedPassword);

    private static SecureSocketOptions Options(MailSecurity security) => security switch
    {
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
