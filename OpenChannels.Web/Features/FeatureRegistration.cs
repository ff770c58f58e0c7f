using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Home;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services) => services
        .AddSingleton<PhotoStore>()
        .AddSingleton<UserPreferenceService>()
        .AddSingleton<EmployeeService>()
        .AddSingleton<DepartmentService>()
        .AddSingleton<OpenChannelService>()
        .AddSingleton<OverviewService>();

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Photos are shown to colleagues only; clients get agent info through the channel's own rules.
        endpoints.MapGet("/employees/{id:int}/photo", async (int id, EmployeeService employees, PhotoStore photos) =>
                photos.Find(await employees.PhotoFileAsync(id)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Employee);
        return endpoints;
    }
}
