using Mentoring.Site.Templates;

namespace Mentoring.Site.Monitoring;

/// <summary>A chart drawn at build time: inline SVG and the same data as a table.</summary>
public sealed class MonitoringChart(string id, string title, string description, string svg, DataTable table)
{
    /// <summary>Id of the SVG element, unique on the page; its title and desc ids derive from it.</summary>
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>The text description (also the SVG's desc), stating every value.</summary>
    public string Description { get; } = description;

    /// <summary>Well-formed SVG markup with role="img", title, desc and aria-labelledby.</summary>
    public string Svg { get; } = svg;

    /// <summary>The SVG for templates that escape every other value.</summary>
    public RawHtml SvgHtml => new(Svg);

    /// <summary>The accessible alternative: caption, headers, rows of display strings.</summary>
    public DataTable Table { get; } = table;
}
