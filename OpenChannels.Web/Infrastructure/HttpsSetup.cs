using Microsoft.AspNetCore.CookiePolicy;

namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// Https:Enabled (ASVS 3.3.1, 3.4.1): HSTS on HTTPS answers, plain HTTP redirected to HTTPS, and every cookie Secure.
/// "HTTPS" is the scheme as the app sees it after the forwarded headers, so behind a proxy listed in
/// Network:KnownProxies it is the browser's. HSTS is never sent over plain HTTP (browsers ignore it there) nor to
/// localhost, where it would pin every other site a developer runs on that name to HTTPS.
/// </summary>
public static class HttpsSetup
{
    /// <summary>Stays reachable over plain HTTP: container health checks call it on the app's own port.</summary>
    public const string HealthPath = "/health";

    public static IServiceCollection AddOpenChannelsHttps(this IServiceCollection services, IConfiguration configuration)
    {
        var https = HttpsSettings.From(configuration);
        SettingsCheck.ThrowIfAny(HttpsSettings.Section, https.Validate());
        services.AddSingleton(https);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(https.HstsMaxAgeDays);
            options.IncludeSubDomains = https.HstsIncludeSubDomains;
        });

        // The app itself usually listens on plain HTTP only, so the port is the setting's, never guessed from Kestrel's.
        services.AddHttpsRedirection(options =>
        {
            options.HttpsPort = https.PublicPort;
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });

        // Even when a proxy forgets X-Forwarded-Proto, no cookie (sign-in, antiforgery, culture) goes out without Secure.
        if (https.Enabled)
        {
            services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        }

        return services;
    }

    public static WebApplication UseOpenChannelsHttps(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<HttpsSettings>().Enabled)
        {
            return app;
        }

        app.UseHsts();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(HealthPath), branch => branch.UseHttpsRedirection());
        app.UseCookiePolicy();
        return app;
    }
}
