using System.Collections.Immutable;
using Mentoring.Engine;

namespace Mentoring.Site.Build;

/// <summary>What a build did, for the console summary and for tests.</summary>
public sealed record BuildReport(
    ImmutableArray<Diagnostic> Diagnostics,
    int Pages,
    int Files,
    TimeSpan Elapsed,
    ImmutableArray<ModuleTiming> Timings,
    string OutputPath)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => ErrorCount == 0;

    /// <summary>What came from the build cache.</summary>
    public Cache.CacheStatistics Cache { get; init; } = Mentoring.Site.Cache.CacheStatistics.None;

    /// <summary>After a successful build with an in-memory cache: the cache the next build of the chain starts from.</summary>
    public Cache.BuildCache? NextCache { get; init; }
}
