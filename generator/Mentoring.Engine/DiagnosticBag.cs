using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>Thread-safe collection of diagnostics: modules report and go on, so one run shows every mistake.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    public int ErrorCount => Volatile.Read(ref _errors);

    public int WarningCount => _items.Count - ErrorCount;

    public bool HasErrors => ErrorCount > 0;

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>
    /// All diagnostics, de-duplicated and sorted by path, line, column, code, then message and severity (errors
    /// first), so that the order never depends on threads or on the order of adding.
    /// </summary>
    public ImmutableArray<Diagnostic> Sorted() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenByDescending(d => d.Severity)];
}
