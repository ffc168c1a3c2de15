namespace Mentoring.Site.Output;

/// <summary>
/// Where the Output phase writes: a staging folder beside <c>output/</c>, swapped in only after success.
/// <paramref name="WritesEarly"/>: RenderLayouts writes each page to the staging folder as soon as it is finished
/// (a build, not a check), so a large site is never held in memory whole.
/// </summary>
public sealed record OutputTarget(string StagingPath, bool WritesEarly = false);
