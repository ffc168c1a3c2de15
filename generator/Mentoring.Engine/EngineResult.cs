using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>Everything a run produced: final documents per pipeline, timings and diagnostics.</summary>
public sealed record EngineResult(
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    ImmutableArray<ModuleTiming> Timings,
    DiagnosticBag Diagnostics)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}
