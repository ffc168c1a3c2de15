using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>What a module may see while it runs: its pipeline, the outputs it is allowed to read, diagnostics and shared services.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    CancellationToken CancellationToken { get; }

    DiagnosticBag Diagnostics { get; }

    /// <summary>
    /// The Process results of <paramref name="pipeline"/>. Allowed only for declared dependencies, and in
    /// PostProcess and Output for every pipeline; anything else throws, so hidden ordering bugs surface at once.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipeline);

    /// <summary>A shared service registered with the engine (parsed templates, the Markdown pipeline, the site model).</summary>
    T GetService<T>() where T : class;

    /// <summary>A shared service if one is registered (optional helpers such as the build cache), else null.</summary>
    T? FindService<T>() where T : class;

    /// <summary>Applies <paramref name="transform"/> to every document in parallel and keeps the input order.</summary>
    Task<ImmutableArray<Document>> ForEachAsync(ImmutableArray<Document> input, Func<Document, Document?> transform);
}
