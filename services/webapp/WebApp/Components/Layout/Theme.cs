using MudBlazor;

namespace PatientNetwork.WebApp.Components.Layout;

/// <summary>The app's colours: text and controls at WCAG 2.2 AA contrast on white (primary #0b5394: 7.9:1).</summary>
public static class Theme
{
    public static readonly MudTheme Default = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5394",
            Secondary = "#7a3e00",
            Error = "#b00020",
            Success = "#1b5e20",
            Warning = "#7a4f01",
            AppbarBackground = "#0b5394",
            TextSecondary = "#424242",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Noto Sans Arabic", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
