using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Testing;

/// <summary>
/// Only with ASPNETCORE_ENVIRONMENT=Testing: a clock that tests advance, and sweeps on demand, for browser and
/// end-to-end tests of timed behaviour. Never registered or mapped in any other environment (a test proves it).
/// </summary>
public static class TestingEndpoints
{
    public const string Environment = "Testing";

    public static WebApplicationBuilder AddTestingSupport(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsEnvironment(Environment))
        {
            var clock = new ManualClock(DateTimeOffset.UtcNow);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(new TestClockControl(clock.Advance));
        }

        return builder;
    }

    public static WebApplication MapTestingEndpoints(this WebApplication app)
    {
        if (!app.Environment.IsEnvironment(Environment))
        {
            return app;
        }

        app.Logger.LogWarning(
            "ASPNETCORE_ENVIRONMENT is {Environment}: the clock can be moved and sweeps run on demand from this machine (/testing). Never run a real installation like this.",
            Environment);
        var testing = app.MapGroup("/testing").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                // Loopback only (the in-process test host has no address): a host started so by mistake stays closed to others.
                var caller = context.HttpContext.Connection.RemoteIpAddress;
                return caller is null || System.Net.IPAddress.IsLoopback(caller)
                    ? await next(context)
                    : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", detail: "Test endpoints answer this machine only.");
            });
        testing.MapPost("/clock/advance", (int seconds, TestClockControl control, TimeProvider clock) =>
        {
            control.Advance(TimeSpan.FromSeconds(seconds));
            return Results.Ok(new { now = clock.GetUtcNow() });
        });
        testing.MapPost("/sweeps/{name}", async (string name, RoutingSweeps sweeps) => name switch
        {
            "reoffer" => Results.Ok(new { handled = await sweeps.ReofferUnassignedAsync() }),
            "idle" => Results.Ok(new { handled = await sweeps.TransferIdleOffersAsync() }),
            "unavailable" => Results.Ok(new { handled = await sweeps.ReturnFromUnavailableAgentsAsync() }),
            "stale" => Results.Ok(new { handled = await sweeps.CloseStaleAsync() }),
            "timeout" => Results.Ok(new { handled = await sweeps.CloseTimedOutAsync() }),
            "unanswered" => Results.Ok(new { handled = await sweeps.MarkUnansweredAsync() }),
            "full-close" => Results.Ok(new { handled = await sweeps.FullyCloseAsync() }),
            _ => Results.NotFound(),
        });
        return app;
    }
}
