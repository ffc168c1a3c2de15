namespace Mentoring.Site.Monitoring;

/// <summary>The score of one indicator in a year; <see cref="LevelTitle"/> names it when levels are given.</summary>
public sealed record ScoreRow(int Number, string Criterion, string Text, int Score, string ScoreLabel, string? LevelTitle);
