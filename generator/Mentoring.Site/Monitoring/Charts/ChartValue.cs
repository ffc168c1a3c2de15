namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// One value of a chart. A hidden value carries no number at all (only its label, «менее 5» or «скрыто»),
/// so no chart can draw or print it.
/// </summary>
public sealed class ChartValue
{
    private ChartValue(double value, string label, string spoken, bool isHidden)
    {
        Value = value;
        Label = label;
        Spoken = spoken;
        IsHidden = isHidden;
    }

    /// <summary>The number; 0 for a hidden value.</summary>
    public double Value { get; }

    /// <summary>The label on the chart and in the table: «12», «44 %», «менее 5».</summary>
    public string Label { get; }

    /// <summary>The value in the text description: «12 пар», «менее 5 пар».</summary>
    public string Spoken { get; }

    public bool IsHidden { get; }

    public static ChartValue Shown(double value, string label, string? spoken = null) =>
        double.IsFinite(value) ? new(value, label, spoken ?? label, false) : throw new ArgumentOutOfRangeException(nameof(value));

    public static ChartValue Hidden(string label, string? spoken = null) => new(0, label, spoken ?? label, true);
}
