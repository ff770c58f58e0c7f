using OpenChannels.Web.Identity;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Employees;

public static class EmployeeEndpoints
{
    /// <summary>Photos are shown to colleagues only; clients get agent info through the channel's own rules .</summary>
    public static IEndpointRouteBuilder MapEmployeeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/employees/{id:int}/photo", async (int id, EmployeeService employees, PhotoStore photos) =>
                photos.Find(await employees.PhotoFileAsync(id)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Employee);
        return endpoints;
    }
}
