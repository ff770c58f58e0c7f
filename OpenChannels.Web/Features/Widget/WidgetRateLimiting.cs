namespace OpenChannels.Web.Features.Widget;

/// <summary>Registers the widget API's allowances from the "Widget" settings, checked at start-up.</summary>
public static class WidgetRateLimiting
{
    public static IServiceCollection AddWidgetRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(WidgetLimits.Section).Get<WidgetLimits>() ?? new WidgetLimits();
        Infrastructure.SettingsCheck.ThrowIfAny(WidgetLimits.Section, limits.Validate());
        services.AddSingleton(limits);
        return services.AddSingleton(sp => new WidgetRateLimiter(limits, sp.GetRequiredService<TimeProvider>()));
    }
}
