namespace Mentoring.Site.Monitoring;

/// <summary>Pairs and groups of a model in a year, as display strings (already suppressed).</summary>
public sealed record ModelRow(string Title, string Pairs, string Groups);
