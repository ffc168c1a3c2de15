using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;

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

    /// <summary>
    /// After the Process phase of a pipeline that others read, when it ends with at least this many documents, the heap
    /// is compacted (0: never).
    /// What the phase made on the way — every file's text, every body before it was rendered — was held in arrays
    /// until the phase ended, so it outlived the young generations and now dies in the old one, where the collector
    /// would leave it for a long time; collected at once, its memory serves the next pipeline. The collection shows
    /// in the timings as the module <see cref="CompactionModule"/>.
    /// </summary>
    public int CompactAfter { get; init; }

    public const string CompactionModule = "(сжатие памяти)";

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
        var read = ordered.SelectMany(p => p.Dependencies).ToHashSet(StringComparer.Ordinal);
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var deps = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(deps).ConfigureAwait(false);

                // Off the stack of the dependency that finished last: its frames (and the documents they still refer
                // to, such as the text of every file it read) would otherwise live as long as this pipeline runs.
                await Task.Yield();
                var readable = pipeline.Dependencies.ToImmutableHashSet(StringComparer.Ordinal);
                var input = new StrongBox<ImmutableArray<Document>>(
                    await RunPhaseAsync(pipeline, Phase.Input, new([]), readable, ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false));

                // The input is handed over in a box the Process phase empties, not kept: once the first module has
                // turned it into its output, nothing here holds the files' text — neither this method's state nor,
                // after the yield, the frame that ran the Input phase (whose finished task still refers to its result).
                await Task.Yield();
                var result = await RunPhaseAsync(pipeline, Phase.Process, input, readable, ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
                processed[pipeline.Name] = result;
                if (CompactAfter > 0 && result.Length >= CompactAfter && read.Contains(pipeline.Name))
                {
                    var watch = Stopwatch.StartNew();
                    System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    timings.Enqueue(new ModuleTiming(pipeline.Name, Phase.Process, CompactionModule, watch.Elapsed, result.Length));
                }
            }, cancellationToken);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);

        var post = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        await Task.WhenAll(ordered.Select(p => Task.Run(async () =>
        {
            post[p.Name] = await RunPhaseAsync(p, Phase.PostProcess, new(processed[p.Name]), [], ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
        }, cancellationToken))).ConfigureAwait(false);

        var final = post;
        if (!bag.HasErrors && RunOutputPhase)
        {
            var written = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
            await Task.WhenAll(ordered.Select(p => Task.Run(async () =>
            {
                written[p.Name] = await RunPhaseAsync(p, Phase.Output, new(post[p.Name]), [], ProcessOutputs, bag, timings, cancellationToken).ConfigureAwait(false);
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
        StrongBox<ImmutableArray<Document>> handed,
        ImmutableHashSet<string> readable,
        Func<string, ImmutableArray<Document>> outputs,
        DiagnosticBag bag,
        ConcurrentQueue<ModuleTiming> timings,
        CancellationToken cancellationToken)
    {
        var documents = handed.Value;
        handed.Value = default;
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
