namespace OpenChannels.Web.Identity;

/// <summary>Headless creation of the first administrator: the section "Bootstrap" of appsettings.json.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminEmail { get; set; } = string.Empty;

    public string AdminPassword { get; set; } = string.Empty;

    public string AdminName { get; set; } = "Administrator";

    public bool IsSet => !string.IsNullOrWhiteSpace(AdminEmail) && !string.IsNullOrWhiteSpace(AdminPassword);
}
