using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace OpenChannels.Web.Infrastructure;

public static class OperatorConfiguration
{
    /// <summary>
    /// Reads the operator's appsettings.json (kept at the repository root and shipped beside the binaries),
    /// placed before the environment variables so that <c>Section__Key</c> still overrides it.
    /// </summary>
    public static ConfigurationManager AddOperatorSettings(this ConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var firstEnvironment = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(firstEnvironment < 0 ? sources.Count : firstEnvironment, source);
        return configuration;
    }
}
