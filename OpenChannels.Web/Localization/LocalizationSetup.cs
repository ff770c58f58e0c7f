using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>Resources beside the classes they are named after (<c>IStringLocalizer&lt;T&gt;</c>), and errors in the reader's language.</summary>
    public static IServiceCollection AddOpenChannelsLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ErrorMessages>();
        services.AddScoped<Feedback>();
        return services;
    }

    /// <summary>Each request in its language; an interactive page keeps the language of the request that opened it.</summary>
    public static IApplicationBuilder UseOpenChannelsLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(UiCultures.RequestOptions());
}
