using MudBlazor;

namespace OpenChannels.Web.Components.Layout;

/// <summary>The product's colours, light and dark.</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#00897b",
            AppbarBackground = "#1565c0",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#64b5f6",

            // Dark text on the light blue: white on it is too faint to read.
            PrimaryContrastText = "#0b1e33",
            Secondary = "#4db6ac",
            AppbarBackground = "#1e1e2d",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
