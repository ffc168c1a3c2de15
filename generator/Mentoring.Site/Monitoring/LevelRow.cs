namespace Mentoring.Site.Monitoring;

/// <summary>The name of a score: 2 — «проявляется в полной мере».</summary>
public sealed record LevelRow(int Score, string Title);
