using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Mentoring.Engine;

/// <summary>
/// Runs pipelines: Input and Process in dependency order (independent pipelines concurrently), then
/// PostProcess for all once every Process is done, then Output — skipped when any error was reported,
/// so a broken site is never written.
/// </summary>
public sealed class Engine
{
    private readonly ImmutableArray<Pipeline> _pipelines;
    private readonly ServiceRegistry _services;
    private readonly int _maxParallelism;

    public Engine(IEnumerable<Pipeline> pipelines, ServiceRegistry? services = null, int maxParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        _pipelines = [.. pipelines];
        _services = services ?? new ServiceRegistry();
        _maxParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
    }

    public ServiceRegistry Services => _services;

    /// <summary>False for a dry run (<c>check</c>): every phase but Output runs.</summary>
    public bool RunOutputPhase { get; init; } = true;

    public async Task<EngineResult> RunAsync(DiagnosticBag? diagnostics = null, CancellationToken cancellationToken = default)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        var timings = new ConcurrentQueue<ModuleTiming>();
        var ordered = PipelineGraph.Order(_pipelines, bag);
        if (ordered.IsDefaultOrEmpty)
        {
            return new EngineResult(ImmutableDictionary<string, ImmutableArray<Document>>.Empty, [], bag);
        }

        var processed = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        ImmutableArray<Document> ProcessOutputs(string name) =>
            processed.TryGetValue(name, out var docs) ? docs
                : throw new InvalidOperationException($"Pipeline '{name}' has no Process results (unknown or not finished).");

        // Input + Process: each pipeline starts when its dependencies have finished.
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var deps = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(deps).ConfigureAwait(false);
                var readable = pipeline.Dependencies.ToImmutableHashSet(StringComparer.Ordinal);
                var docs = await RunPhaseAsync(pipeline, Phase.Input, [], readable, ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
                docs = await RunPhaseAsync(pipeline, Phase.Process, docs, readable, ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
                processed[pipeline.Name] = docs;
            }, cancellationToken);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);

        var post = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        await Task.WhenAll(ordered.Select(p => Task.Run(async () =>
        {
            post[p.Name] = await RunPhaseAsync(p, Phase.PostProcess, processed[p.Name], [], ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
        }, cancellationToken))).ConfigureAwait(false);

        var final = post;
        if (!bag.HasErrors && RunOutputPhase)
        {
            var written = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
            await Task.WhenAll(ordered.Select(p => Task.Run(async () =>
            {
                written[p.Name] = await RunPhaseAsync(p, Phase.Output, post[p.Name], [], ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
            }, cancellationToken))).ConfigureAwait(false);
            final = written;
        }

        var orderIndex = ordered.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var sortedTimings = timings
            .OrderBy(t => t.Phase)
            .ThenBy(t => orderIndex[t.Pipeline])
            .ToImmutableArray();
        return new EngineResult(final.ToImmutableDictionary(StringComparer.Ordinal), sortedTimings, bag);
    }

    private async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline pipeline,
        Phase phase,
        ImmutableArray<Document> documents,
        ImmutableHashSet<string> readable,
        Func<string, ImmutableArray<Document>> outputs,
        DiagnosticBag bag,
        ConcurrentQueue<ModuleTiming> timings,
        CancellationToken cancellationToken)
    {
        var context = new ExecutionContext(pipeline.Name, phase, readable, outputs, _services, bag, _maxParallelism, cancellationToken);
        foreach (var module in pipeline.ModulesOf(phase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = module.GetType().Name;
            context.ModuleName = name;
            var watch = Stopwatch.StartNew();
            try
            {
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);

                // Checked inside the try, so the mistake is reported with the module's name, not as a bare NullReferenceException.
                if (documents.IsDefault)
                {
                    throw new InvalidOperationException("The module returned a default ImmutableArray; return [] when there are no documents.");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DocumentProcessingException)
            {
                throw new DocumentProcessingException(null, $"{pipeline.Name}/{phase}/{name}", ex);
            }

            timings.Enqueue(new ModuleTiming(pipeline.Name, phase, name, watch.Elapsed, documents.Length));
        }

        return documents;
    }
}
