using OpenChannels.Domain.Routing;
using OpenChannels.Web.Api;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Home;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Shared;
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
        .AddSingleton<WritePipeline>()
        .AddSingleton<IDomainEventPublisher, InProcessEventPublisher>()
        .AddSingleton<ClientPushes>()
        .AddSingleton<IDomainEventHandler, AgentPushes>()
        .AddSingleton<IDomainEventHandler>(services => services.GetRequiredService<ClientPushes>())
        .AddSingleton<WidgetService>()
        .AddSingleton<ClientPrerequisiteService>()
        .AddSingleton<ConversationQueries>()
        .AddSingleton<MessengerService>()
        .AddSingleton<ConnectorService>()
        .AddSingleton<QueueSettingsService>()
        .AddSingleton<OtherSettingsService>()
        .AddSingleton<OpenChannels.Web.Features.QuickReplies.QuickReplyService>()
        .AddSingleton<OpenChannels.Web.Features.Consent.ConsentService>()
        .AddSingleton<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>()
        .AddSingleton<OpenChannels.Web.Features.Scheduling.WorkingHoursService>()
        .AddSingleton<RoutingService>()
        .AddSingleton<RoutingSweeps>()
        .AddSingleton<AgentStatusService>()
        .AddSingleton<IResponsiblePersonLookup, NoResponsiblePerson>();

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Photos are shown to colleagues only; clients get agent info through the channel's own rules.
        endpoints.MapGet("/employees/{id:int}/photo", async (int id, EmployeeService employees, PhotoStore photos) =>
                photos.Find(await employees.PhotoFileAsync(id)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Employee);
        // Conversation files, for employees who may see the conversation.
        endpoints.MapGet("/conversations/{conversationId:int}/files/{messageId:long}", async (
                int conversationId, long messageId, HttpContext http, ConversationQueries conversations, AttachmentStore files) =>
                Viewer.From(http.User) is { } viewer
                && await conversations.AttachmentAsync(viewer, conversationId, messageId) is { } attachment
                && files.PathOf(attachment) is { } path
                    ? FileResults.Serve(http, path, attachment)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Employee);
        return endpoints;
    }
}
