using OpenChannels.Web.Identity;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Routing;

public static class RoutingEndpoints
{
    /// <summary>Q-7: the channel's own photo, for the administrators who set it (clients get it through the widget API).</summary>
    public static IEndpointRouteBuilder MapRoutingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/open-channels/{id:int}/agent-photo", async (int id, QueueSettingsService queues, PhotoStore photos) =>
                photos.Find(await queues.AgentPhotoFileAsync(id)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound())
            .RequireAuthorization(Policies.OpenChannels);
        return endpoints;
    }
}
