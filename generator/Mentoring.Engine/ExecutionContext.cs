using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>The context one module runs in; created by the engine per pipeline and phase.</summary>
internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    ImmutableHashSet<string> readable,
    Func<string, ImmutableArray<Document>> outputs,
    ServiceRegistry services,
    DiagnosticBag diagnostics,
    int maxParallelism,
    CancellationToken cancellationToken) : IExecutionContext
{
    public string PipelineName { get; } = pipelineName;

    public Phase Phase { get; } = phase;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The module currently running, for error messages.</summary>
    public string ModuleName { get; set; } = string.Empty;

    public ImmutableArray<Document> OutputsOf(string pipeline)
    {
        var everything = Phase is Phase.PostProcess or Phase.Output;
        if (!everything && !readable.Contains(pipeline))
        {
            throw new InvalidOperationException(
                $"Pipeline '{PipelineName}' reads '{pipeline}' in {Phase} without declaring a dependency on it.");
        }

        return outputs(pipeline);
    }

    public T GetService<T>() where T : class => services.Get<T>();

    public T? FindService<T>() where T : class => services.TryGet<T>(out var service) ? service : null;

    public Task<ImmutableArray<Document>> ForEachAsync(ImmutableArray<Document> input, Func<Document, Document?> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        if (input.IsDefaultOrEmpty)
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var results = new Document?[input.Length];
        var failures = new DocumentProcessingException?[input.Length];
        var options = new ParallelOptions { CancellationToken = CancellationToken, MaxDegreeOfParallelism = maxParallelism };
        try
        {
            Parallel.For(0, input.Length, options, i =>
            {
                // Parallel.For learns of cancellation through a callback that may wait for a busy thread pool;
                // checking here stops handing out documents at once.
                CancellationToken.ThrowIfCancellationRequested();
                var doc = input[i];
                try
                {
                    results[i] = transform(doc);
                }
                catch (DocumentProcessingException ex)
                {
                    failures[i] = ex;
                    throw;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var failure = new DocumentProcessingException(doc.Source ?? doc.Destination, $"{PipelineName}/{ModuleName}", ex);
                    failures[i] = failure;
                    throw failure;
                }
            });
        }
        catch (AggregateException ae) when (ae.InnerExceptions.Count > 0)
        {
            // Report one failure, not a bundle: the first in input order, so the message does not depend on
            // which thread finished first (paths may repeat or be missing, so they cannot decide).
            var first = Array.Find(failures, f => f is not null);
            if (first is not null)
            {
                throw first;
            }

            throw ae.InnerExceptions[0] is OperationCanceledException oce ? oce : ae;
        }

        var builder = ImmutableArray.CreateBuilder<Document>(input.Length);
        foreach (var r in results)
        {
            if (r is not null)
            {
                builder.Add(r);
            }
        }

        return Task.FromResult(builder.ToImmutable());
    }
}
