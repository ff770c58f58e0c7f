namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>The Telegram connector's services (issue 20): its settings, the Bot API clients, intake, polling and sending.</summary>
public static class TelegramRegistration
{
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        // No client timeout: a long poll waits on purpose; each call sets its own limit.
        services.AddHttpClient(TelegramBots.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return services
            .AddSingleton(services => TelegramApiSettings.From(services.GetRequiredService<IConfiguration>()))
            .AddSingleton<TelegramBots>()
            .AddSingleton<TelegramFiles>()
            .AddSingleton<TelegramIntake>()
            .AddSingleton<TelegramPolling>()
            .AddSingleton<TelegramWebhookInbox>()
            .AddSingleton<TelegramSetup>()
            .AddSingleton<TelegramSender>()
            .AddSingleton<IConnectorSender>(services => services.GetRequiredService<TelegramSender>())
            .AddHostedService<TelegramPoller>();
    }
}
