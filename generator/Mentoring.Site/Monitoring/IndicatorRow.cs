namespace Mentoring.Site.Monitoring;

/// <summary>An indicator of stage 1 for the page: number, criterion, text.</summary>
public sealed record IndicatorRow(int Number, string Id, string Criterion, string Text);
