namespace Mentoring.Site.Output;

/// <summary>
/// Where the Output phase writes: a staging folder beside <c>output/</c>, swapped in only after success.
/// <paramref name="WritesEarly"/>: finished pages go to the staging folder as soon as their links are resolved
/// (a build, not a check), so a large site is never held in memory whole.
/// </summary>
public sealed record OutputTarget(string StagingPath, bool WritesEarly = false);
