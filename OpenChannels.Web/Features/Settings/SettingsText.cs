namespace OpenChannels.Web.Features.Settings;

/// <summary>The texts of the installation's settings page, in every language (resources beside this class).</summary>
public sealed class SettingsText;
