namespace OpenChannels.Web.Connectors.Email;

/// <summary>How a connection to the mail server is secured: TLS from the first byte, STARTTLS after the greeting, or none (a local relay only).</summary>
public enum MailSecurity
{
    SslOnConnect,
    StartTls,
    None,
}
