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

            // Darker than MudBlazor's defaults so that text in these colours, and white text on them, reads at 4.5:1
            // (WCAG 2.2 AA): chips, outlined buttons and alerts use them as text colours.
            Success = "#2e7d32",
            Warning = "#a85d00",
            Error = "#c62828",
            Info = "#0277bd",

            // Labels, helper texts and captions at 4.5:1 on the grey page background too (MudBlazor's is 0.54).
            TextSecondary = "rgba(0,0,0,0.66)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#64b5f6",

            // Dark text on the light blue: white on it is too faint to read.
            PrimaryContrastText = "#0b1e33",
            Secondary = "#4db6ac",
            AppbarBackground = "#1e1e2d",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
