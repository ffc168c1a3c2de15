using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>Orders pipelines so that each runs after the ones it depends on; reports unknown names and cycles.</summary>
public static class PipelineGraph
{
    public const string UnknownDependencyCode = "MNT0001";
    public const string CycleCode = "MNT0002";
    public const string DuplicateNameCode = "MNT0003";

    /// <summary>
    /// Kahn's algorithm with ordinal tie-breaking, so the order is the same on every run.
    /// Returns an empty array and reports diagnostics when the graph is not a DAG.
    /// </summary>
    public static ImmutableArray<Pipeline> Order(IReadOnlyList<Pipeline> pipelines, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        var ok = true;
        foreach (var p in pipelines)
        {
            if (!byName.TryAdd(p.Name, p))
            {
                diagnostics.Add(Diagnostic.Error(DuplicateNameCode, $"Конвейер «{p.Name}» объявлен дважды: имена конвейеров должны быть уникальны."));
                ok = false;
            }
        }

        foreach (var p in pipelines)
        {
            foreach (var d in p.Dependencies)
            {
                if (!byName.ContainsKey(d))
                {
                    diagnostics.Add(Diagnostic.Error(UnknownDependencyCode, $"Конвейер «{p.Name}» зависит от неизвестного конвейера «{d}»: объявите его или уберите зависимость."));
                    ok = false;
                }
            }
        }

        if (!ok)
        {
            return [];
        }

        var indegree = byName.Values.ToDictionary(p => p.Name, p => p.Dependencies.Length, StringComparer.Ordinal);
        var dependents = byName.Keys.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var p in byName.Values)
        {
            foreach (var d in p.Dependencies)
            {
                dependents[d].Add(p.Name);
            }
        }

        var ready = new SortedSet<string>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key), StringComparer.Ordinal);
        var order = ImmutableArray.CreateBuilder<Pipeline>(byName.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(byName[next]);
            foreach (var dep in dependents[next])
            {
                if (--indegree[dep] == 0)
                {
                    ready.Add(dep);
                }
            }
        }

        if (order.Count != byName.Count)
        {
            var cycle = FindCycle(byName);
            diagnostics.Add(Diagnostic.Error(CycleCode, $"Циклическая зависимость конвейеров: {string.Join(" → ", cycle)}. Разорвите цикл, убрав одну из зависимостей."));
            return [];
        }

        return order.ToImmutable();
    }

    private static List<string> FindCycle(Dictionary<string, Pipeline> byName)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        foreach (var start in byName.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start))
            {
                return stack;
            }
        }

        return stack;

        bool Visit(string name)
        {
            state.TryGetValue(name, out var s);
            if (s == 1)
            {
                var from = stack.IndexOf(name);
                stack.RemoveRange(0, from);
                stack.Add(name);
                return true;
            }

            if (s == 2)
            {
                return false;
            }

            state[name] = 1;
            stack.Add(name);
            foreach (var d in byName[name].Dependencies.Order(StringComparer.Ordinal))
            {
                if (Visit(d))
                {
                    return true;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[name] = 2;
            return false;
        }
    }
}
