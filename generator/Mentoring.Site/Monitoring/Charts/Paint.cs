namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// A colour that a colour scheme can restyle: written as a plain attribute (the colour without any stylesheet, and in
/// browsers without CSS custom properties) and as a short class that the theme's monitoring.css paints through a CSS
/// custom property with the same fallback, e.g. <c>class="f-c1" fill="#1f5f99"</c> and
/// <c>.mnt-chart .f-c1{fill:var(--chart-1,#1f5f99)}</c>. The class is f-key for a fill, s-key for a stroke.
/// </summary>
internal sealed record Paint(string Key, string Variable, string Fallback)
{
    /// <summary>The text colour: set once on the svg element, inherited by every text that has no paint of its own.</summary>
    public static readonly Paint Text = new("tx", "--chart-text", "currentColor");
    public static readonly Paint Axis = new("ax", "--chart-axis", "#595959");
    public static readonly Paint Grid = new("gr", "--chart-grid", "#d0d0d0");
    public static readonly Paint Background = new("bg", "--chart-bg", "#ffffff");
    public static readonly Paint Hidden = new("hd", "--chart-hidden", "#5c5c5c");
    public static readonly Paint Marker = new("mk", "--chart-marker", "#000000");
    public static readonly Paint Before = new("bf", "--chart-before", "#5c5c5c");
    public static readonly Paint After = new("af", "--chart-after", "#1f5f99");

    private static readonly Paint[] SeriesPaints =
    [
        new("c1", "--chart-1", "#1f5f99"),
        new("c2", "--chart-2", "#a34f00"),
        new("c3", "--chart-3", "#2e7d32"),
        new("c4", "--chart-4", "#6a3d9a"),
    ];

    private static readonly Paint[] BandPaints =
    [
        new("b1", "--chart-band-1", "#f2c4c0"),
        new("b2", "--chart-band-2", "#f7e3a1"),
        new("b3", "--chart-band-3", "#bfe3c6"),
        new("b4", "--chart-band-4", "#c6d9f0"),
    ];

    public static Paint Series(int index) => SeriesPaints[index % SeriesPaints.Length];

    public static Paint Band(int index) => BandPaints[index % BandPaints.Length];

    public string Css => $"var({Variable},{Fallback})";
}
