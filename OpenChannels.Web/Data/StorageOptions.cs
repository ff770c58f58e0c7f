namespace OpenChannels.Web.Data;

/// <summary>Where OpenChannels keeps its state: the section "Storage" of appsettings.json.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database, uploaded files and keys; relative paths start at the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file; empty means <c>openchannels.db</c> inside <see cref="DataDirectory"/>.</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>How long a writer waits for another writer's lock before failing.</summary>
    public int BusyTimeoutSeconds { get; set; } = 10;

    /// <summary>H2: uploaded files are refused while less than this is free on the data disk; 0 turns the check off.</summary>
    public int MinFreeDiskMegabytes { get; set; } = 1024;

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Required($"{Section}:DataDirectory", DataDirectory),
        Infrastructure.SettingsCheck.Range($"{Section}:BusyTimeoutSeconds", BusyTimeoutSeconds, 1, 300),
        Infrastructure.SettingsCheck.Range($"{Section}:MinFreeDiskMegabytes", MinFreeDiskMegabytes, 0, 100_000_000),
    ];

    public string ResolveDataDirectory(string contentRoot) => Path.GetFullPath(DataDirectory, contentRoot);

    public string ResolveDatabasePath(string contentRoot) => string.IsNullOrWhiteSpace(DatabasePath)
        ? Path.Combine(ResolveDataDirectory(contentRoot), "openchannels.db")
        : Path.GetFullPath(DatabasePath, contentRoot);
}
