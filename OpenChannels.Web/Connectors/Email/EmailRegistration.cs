namespace OpenChannels.Web.Connectors.Email;

/// <summary>The e-mail connector's services (issue 20): reading mailboxes by IMAP, sending answers by SMTP.</summary>
public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services) => services
        .AddSingleton<MailConnections>()
        .AddSingleton<EmailIntake>()
        .AddSingleton<EmailMailboxReader>()
        .AddSingleton<EmailSender>()
        .AddSingleton<IConnectorSender>(services => services.GetRequiredService<EmailSender>())
        .AddSingleton<EmailWatcher>()
        .AddHostedService(services => services.GetRequiredService<EmailWatcher>());
}
