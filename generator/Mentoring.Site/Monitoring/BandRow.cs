namespace Mentoring.Site.Monitoring;

/// <summary>A band of the stage-1 total for the page: «оптимальный», 15–18, «15–18 баллов».</summary>
public sealed record BandRow(int From, int To, string Title, string RangeLabel);
