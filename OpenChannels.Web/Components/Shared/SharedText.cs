namespace OpenChannels.Web.Components.Shared;

/// <summary>The texts of the shared screens and components (layout, menus, dialogs, error pages), in every language (resources beside this class).</summary>
public sealed class SharedText;
