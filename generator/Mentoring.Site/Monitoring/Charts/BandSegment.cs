namespace Mentoring.Site.Monitoring.Charts;

/// <summary>A band of the stage-1 scale, both ends included.</summary>
public sealed record BandSegment(int From, int To, string Title);
