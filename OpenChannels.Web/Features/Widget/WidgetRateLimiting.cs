using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenChannels.Web.Api;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Widget;

/// <summary>Per-client limits on the public endpoints: by session token, else by address. Excess gets a 429 problem.</summary>
public static class WidgetRateLimiting
{
    public const string Policy = "widget";

    public static IServiceCollection AddWidgetRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(WidgetLimits.Section).Get<WidgetLimits>() ?? new WidgetLimits();
        Infrastructure.SettingsCheck.ThrowIfAny(WidgetLimits.Section, limits.Validate());
        return services.AddRateLimiter(options =>
        {
            // Our own bucket rather than the built-in one: it refills from the app's clock, not a timer of its own.
            options.AddPolicy(Policy, context => RateLimitPartition.Get(
                PartitionKey(context),
                _ => new WidgetTokenBucket(limits, context.RequestServices.GetRequiredService<TimeProvider>())));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)WidgetTokenBucket.Period.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // In the language the chat asked for: the visitor reads it.
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ErrorText>>();
                var problem = Problems.Of(StatusCodes.Status429TooManyRequests, "Too many requests.", text["Slow down and try again in a few seconds."]);
                await problem.ExecuteAsync(context.HttpContext);
            };
        });
    }

    private static string PartitionKey(HttpContext context)
    {
        var token = context.Request.Headers["X-Client-Token"].FirstOrDefault() ?? context.Request.Query["token"].FirstOrDefault();
        return string.IsNullOrEmpty(token) ? $"address:{context.Connection.RemoteIpAddress}" : $"client:{token}";
    }
}
