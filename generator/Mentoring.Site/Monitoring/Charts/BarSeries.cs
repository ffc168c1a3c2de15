namespace Mentoring.Site.Monitoring.Charts;

/// <summary>A series of a grouped bar chart: its name (legend) and one value per category.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<ChartValue> Values);
