using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Mentoring.Engine.Tests;

/// <summary>Timeouts that only expire when something is truly wrong (a deadlock, a lost signal).</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(10);
}

/// <summary>One event in an <see cref="EventLog"/>: who did what, numbered in the order it happened.</summary>
internal sealed record LogEntry(long Sequence, string Pipeline, Phase Phase, string Label, string Kind);

/// <summary>
/// A thread-safe log with a global sequence number, so tests can prove "A finished before B started"
/// without reading clocks.
/// </summary>
internal sealed class EventLog
{
    public const string Start = "start";
    public const string End = "end";

    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private long _sequence;

    public void Record(string pipeline, Phase phase, string label, string kind)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _entries.Enqueue(new LogEntry(sequence, pipeline, phase, label, kind));
    }

    public ImmutableArray<LogEntry> Entries => [.. _entries.OrderBy(e => e.Sequence)];

    public long FirstStart(string pipeline, Phase phase) =>
        Of(pipeline, phase, Start).Min(e => e.Sequence);

    public long LastEnd(string pipeline, Phase phase) =>
        Of(pipeline, phase, End).Max(e => e.Sequence);

    public ImmutableArray<LogEntry> Of(string pipeline, Phase phase, string kind) =>
        [.. Entries.Where(e => e.Pipeline == pipeline && e.Phase == phase && e.Kind == kind)];
}

/// <summary>Records its start and end in an <see cref="EventLog"/>, optionally waiting in between; passes documents through.</summary>
internal sealed class RecordPhase(EventLog log, string label = "", TimeSpan delay = default) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        log.Record(context.PipelineName, context.Phase, label, EventLog.Start);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.CancellationToken);
        }

        log.Record(context.PipelineName, context.Phase, label, EventLog.End);
        return input;
    }
}

/// <summary>Appends fixed documents to its input.</summary>
internal sealed class AppendDocuments(params Document[] documents) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) =>
        Task.FromResult(input.AddRange(documents));
}

/// <summary>Throws the given exception from the module itself (not from a per-document transform).</summary>
internal sealed class Throw(Exception exception) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) =>
        throw exception;
}

/// <summary>Reports a diagnostic and passes documents through.</summary>
internal sealed class ReportDiagnostic(Diagnostic diagnostic) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        context.Diagnostics.Add(diagnostic);
        return Task.FromResult(input);
    }
}

/// <summary>Applies a per-document transform through <see cref="IExecutionContext.ForEachAsync"/>.</summary>
internal sealed class TransformEach(Func<Document, IExecutionContext, Document?> transform) : IModule
{
    public TransformEach(Func<Document, Document?> transform)
        : this((d, _) => transform(d))
    {
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) =>
        context.ForEachAsync(input, d => transform(d, context));
}

/// <summary>Runs arbitrary test code with the context; the escape hatch for visibility and context tests.</summary>
internal sealed class RunCode(Func<ImmutableArray<Document>, IExecutionContext, Task<ImmutableArray<Document>>> body) : IModule
{
    public RunCode(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> body)
        : this((input, context) => Task.FromResult(body(input, context)))
    {
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) =>
        body(input, context);
}

/// <summary>Signals that it started, then waits (cooperatively) until the run is cancelled.</summary>
internal sealed class WaitForCancellation(TaskCompletionSource started) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        started.TrySetResult();
        await Task.Delay(Timeout.Infinite, context.CancellationToken);
        return input;
    }
}

/// <summary>Signals that it started, then waits for a gate while ignoring the cancellation token.</summary>
internal sealed class IgnoreCancellation(TaskCompletionSource started, Task gate) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        started.TrySetResult();
        await gate.WaitAsync(TestTimeouts.Long);
        return input;
    }
}

/// <summary>Returns <c>default(ImmutableArray)</c>, a mistake a module author can make.</summary>
internal sealed class ReturnDefault : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context) =>
        Task.FromResult(default(ImmutableArray<Document>));
}

internal static class Docs
{
    public static Document Page(string source, string content = "") => Document.Create(source, null, content);

    public static ImmutableArray<Document> Pages(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Page($"page-{i:D3}.md", $"content {i}"))];

    public static string[] Sources(IEnumerable<Document> documents) =>
        [.. documents.Select(d => d.Source ?? "(null)")];
}
