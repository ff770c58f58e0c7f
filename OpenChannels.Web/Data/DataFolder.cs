namespace OpenChannels.Web.Data;

/// <summary>The resolved locations of everything OpenChannels stores on disk.</summary>
public sealed record DataFolder(string Root, string DatabasePath)
{
    public string Photos => Path.Combine(Root, "photos");

    public string Files => Path.Combine(Root, "files");

    /// <summary>The data-protection key ring: whoever reads it can forge sessions.</summary>
    public string Keys => Path.Combine(Root, "keys");
}
