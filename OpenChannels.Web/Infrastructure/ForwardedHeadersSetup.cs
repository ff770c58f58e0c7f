using Microsoft.AspNetCore.HttpOverrides;

namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// The client's address behind a reverse proxy (the widget's allowances count by it, H1): taken from
/// <c>X-Forwarded-For</c> only when the request comes from a proxy listed in Network:KnownProxies.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddOpenChannelsForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var network = NetworkSettings.From(configuration);
        SettingsCheck.ThrowIfAny(NetworkSettings.Section, network.Validate());
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework trusts the loopback by default; here nobody is trusted unless listed.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in network.Addresses)
            {
                options.KnownProxies.Add(proxy);
            }

            // A chain of listed proxies is walked back to the first address that is not one of them.
            options.ForwardLimit = null;
        });
    }
}
