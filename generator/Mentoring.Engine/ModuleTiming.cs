namespace Mentoring.Engine;

/// <summary>How long one module of one pipeline took; <c>build --timings</c> prints these.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, int DocumentsOut);
