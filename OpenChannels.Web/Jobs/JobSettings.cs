namespace OpenChannels.Web.Jobs;

/// <summary>The background job runner: the section "Jobs" of appsettings.json.</summary>
public sealed class JobSettings
{
    public const string Section = "Jobs";

    /// <summary>Run jobs in this process. Off only for tests that call jobs themselves.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}
