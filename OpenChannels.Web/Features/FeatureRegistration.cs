using OpenChannels.Web.Api;
using OpenChannels.Web.Connectors.Email;
using OpenChannels.Web.Connectors.Telegram;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Home;
using OpenChannels.Web.Features.Reports;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Features.Statistics;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Realtime;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services) => services
        .AddSingleton<PhotoStore>()
        .AddSingleton<UserPreferenceService>()
        .AddSingleton<EmployeeService>()
        .AddSingleton<DepartmentService>()
        .AddSingleton<OpenChannelService>()
        .AddSingleton<OverviewService>()
        .AddSingleton<AttachmentStore>()
        .AddSingleton<AgentFeed>()
        .AddSingleton<ClientFeed>()
        .AddSingleton<OpenStreams>()
        .AddSingleton<WritePipeline>()
        .AddSingleton<IDomainEventPublisher, InProcessEventPublisher>()
        .AddSingleton<ClientPushes>()
        .AddSingleton<IDomainEventHandler, AgentPushes>()
        .AddSingleton<IDomainEventHandler>(services => services.GetRequiredService<ClientPushes>())
        .AddSingleton<IDomainEventHandler, ChannelReactivation>()
        .AddSingleton<IDomainEventHandler, MessageLogRetention>()
        .AddSingleton<WidgetService>()
        .AddSingleton<WidgetRatingService>()
        .AddSingleton<WidgetLinks>()
        .AddSingleton<Access.AccessRightsService>()
        .AddSingleton<Access.AccessScopes>()
        .AddSingleton<Access.ChannelAccess>()
        .AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Access.RightsRequirementHandler>()
        .AddSingleton<Access.EmployeeGroupService>()
        .AddSingleton<Access.AccessRoleService>()
        .AddSingleton<UploadQuota>()
        .AddSingleton<ClientPrerequisiteService>()
        .AddSingleton<ConversationQueries>()
        .AddSingleton<ConversationListService>()
        .AddSingleton<ListWording>()
        .AddSingleton<ListExports>()
        .AddSingleton<ReportService>()
        .AddSingleton<MessengerService>()
        .AddSingleton<AgentFileService>()
        .AddSingleton<ConnectorService>()
        .AddSingleton<ChannelWebhookService>()
        .AddSingleton<QueueSettingsService>()
        .AddSingleton<GeneralSettingsService>()
        .AddSingleton<OpenChannels.Web.Features.Kpi.KpiSettingsService>()
        .AddSingleton<OpenChannels.Web.Features.Kpi.LateResponses>()
        .AddSingleton<OpenChannels.Web.Features.Notifications.NotificationService>()
        .AddSingleton<OpenChannels.Web.Features.Notifications.NotificationFeed>()
        .AddSingleton<IDomainEventHandler, OpenChannels.Web.Features.Notifications.NotificationPushes>()
        .AddSingleton<OpenChannels.Web.Features.Rating.RatingSettingsService>()
        .AddSingleton<OpenChannels.Web.Features.Settings.SiteSettingsService>()
        .AddSingleton<OpenChannels.Web.Features.QuickReplies.QuickReplyService>()
        .AddSingleton<OpenChannels.Web.Features.Consent.ConsentService>()
        .AddSingleton<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>()
        .AddSingleton<OpenChannels.Web.Features.Scheduling.WorkingHoursService>()
        .AddSingleton<QueueMembership>()
        .AddSingleton<RoutingService>()
        .AddSingleton<ConversationSweep>()
        .AddSingleton<RoutingSweeps>()
        .AddSingleton<AgentStatusService>()
        .AddSingleton<PresenceLeases>()
        .AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, PresenceCircuitHandler>()
        .AddCrm()
        .AddBots()
        .AddConnectors();

    private static IServiceCollection AddCrm(this IServiceCollection services) => services
        .AddSingleton<OpenChannels.Domain.Crm.IPhoneNumbers, CrmLinks.PhoneNumberParser>()
        .AddSingleton<CrmLinks.ChatCrm>()
        .AddSingleton<Crm.CrmService>()
        .AddSingleton<Crm.CrmPipelineService>()
        .AddSingleton<ConversationCrmService>();

    private static IServiceCollection AddBots(this IServiceCollection services)
    {
        services.AddHttpClient(Bots.BotDispatcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return services
            .AddSingleton(services => Bots.BotSettings.From(services.GetRequiredService<IConfiguration>()))
            .AddSingleton<Bots.BotCredentials>()
            .AddSingleton<Bots.BotRuntime>()
            .AddSingleton<Bots.BotReplies>()
            .AddSingleton<Bots.BotDispatcher>()
            .AddSingleton<Bots.BotSweeps>()
            .AddSingleton<Bots.BotService>()
            .AddSingleton<Bots.ChatbotSettingsService>()
            .AddSingleton<Bots.BotDispatchWorker>()
            .AddSingleton<IDomainEventHandler>(services => services.GetRequiredService<Bots.BotDispatchWorker>())
            .AddHostedService(services => services.GetRequiredService<Bots.BotDispatchWorker>());
    }

    private static IServiceCollection AddConnectors(this IServiceCollection services)
    {
        services.AddHttpClient(Connectors.WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHttpClient(Connectors.Api.AttachmentFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                MaxAutomaticRedirections = 3,
                ConnectCallback = Connectors.Api.AttachmentFetcher.Connect(services.GetRequiredService<Connectors.ConnectorSettings>()),
            });
        return services
            .AddSingleton(services => Connectors.ConnectorSettings.From(services.GetRequiredService<IConfiguration>()))
            .AddSingleton(services => new Connectors.Api.ApiInboxRateLimiter(
                services.GetRequiredService<Connectors.ConnectorSettings>(), services.GetRequiredService<TimeProvider>()))
            .AddSingleton<Connectors.ConnectorCredentials>()
            .AddSingleton<Connectors.Api.ApiInboxService>()
            .AddSingleton<Connectors.Api.AttachmentFetcher>()
            .AddSingleton<Connectors.ClientIntake>()
            .AddSingleton<Connectors.ConnectorInbox>()
            .AddSingleton<ITransactionalEventHandler, Connectors.OutboxWriter>()
            .AddSingleton<Connectors.WebhookSender>()
            .AddSingleton<Connectors.IConnectorSender>(services => services.GetRequiredService<Connectors.WebhookSender>())
            .AddSingleton<Connectors.OutboundDispatcher>()
            .AddSingleton<Connectors.OutboundDispatchWorker>()
            .AddSingleton<IDomainEventHandler>(services => services.GetRequiredService<Connectors.OutboundDispatchWorker>())
            .AddHostedService(services => services.GetRequiredService<Connectors.OutboundDispatchWorker>())
            .AddEmail()
            .AddTelegram();
    }

    /// <summary>The endpoints each feature serves besides its pages.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints) => endpoints
        .MapEmployeeEndpoints()
        .MapRoutingEndpoints()
        .MapConversationEndpoints()
        .MapStatisticsEndpoints()
        .MapReportEndpoints();
}
