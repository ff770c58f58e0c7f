using System.Security.Claims;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Routing;

public static class RoutingEndpoints
{
    /// <summary>
    /// the channel's own photo, for those who may open the channel's settings (clients get it through the widget
    /// API); a channel the viewer may not open is not found, as one that does not exist.
    /// </summary>
    public static IEndpointRouteBuilder MapRoutingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/open-channels/{id:int}/agent-photo", async (int id, ClaimsPrincipal user, ChannelAccess access, QueueSettingsService queues, PhotoStore photos) =>
                user.EmployeeId() is { } viewer
                && (await access.OfAsync(viewer, id)).MayOpen
                && photos.Find(await queues.AgentPhotoFileAsync(id)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound())
            .RequireAuthorization(Policies.OpenChannels);
        return endpoints;
    }
}
