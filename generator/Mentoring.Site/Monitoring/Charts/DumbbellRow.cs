namespace Mentoring.Site.Monitoring.Charts;

/// <summary>
/// One stage-2 parameter: its value at entry and at the end on a scale 0..<paramref name="ScaleMax"/>
/// (labelled <paramref name="ScaleMaxLabel"/>, empty to print nothing). <paramref name="BaseLabel"/> is the number
/// of participants as displayed («16», «—»); the value labels carry their unit («44 %», «9 чел.»).
/// </summary>
public sealed record DumbbellRow(string Name, string BaseLabel, ChartValue Before, ChartValue After, double ScaleMax, string ScaleMaxLabel);
