namespace Mentoring.Site.Output;

/// <summary>Where the Output phase writes: a staging folder beside output/, swapped in only after success.</summary>
public sealed record OutputTarget(string StagingPath);
