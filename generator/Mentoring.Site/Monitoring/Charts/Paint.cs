namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// A colour that a colour scheme can restyle: written both as a plain attribute (old browsers) and as a
/// CSS custom property with the same fallback in a style attribute (which wins where supported), e.g.
/// <c>fill="#1f5f99" style="fill:var(--chart-1, #1f5f99)"</c>.
/// </summary>
internal sealed record Paint(string Variable, string Fallback)
{
    public static readonly Paint Text = new("--chart-text", "currentColor");
    public static readonly Paint Axis = new("--chart-axis", "#595959");
    public static readonly Paint Grid = new("--chart-grid", "#d0d0d0");
    public static readonly Paint Background = new("--chart-bg", "#ffffff");
    public static readonly Paint Hidden = new("--chart-hidden", "#5c5c5c");
    public static readonly Paint Marker = new("--chart-marker", "#000000");
    public static readonly Paint Before = new("--chart-before", "#5c5c5c");
    public static readonly Paint After = new("--chart-after", "#1f5f99");

    private static readonly Paint[] SeriesPaints =
    [
        new("--chart-1", "#1f5f99"),
        new("--chart-2", "#a34f00"),
        new("--chart-3", "#2e7d32"),
        new("--chart-4", "#6a3d9a"),
    ];

    private static readonly Paint[] BandPaints =
    [
        new("--chart-band-1", "#f2c4c0"),
        new("--chart-band-2", "#f7e3a1"),
        new("--chart-band-3", "#bfe3c6"),
        new("--chart-band-4", "#c6d9f0"),
    ];

    public static Paint Series(int index) => SeriesPaints[index % SeriesPaints.Length];

    public static Paint Band(int index) => BandPaints[index % BandPaints.Length];

    public string Css => $"var({Variable}, {Fallback})";
}
