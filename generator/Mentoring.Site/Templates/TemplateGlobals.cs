using System.Collections.Concurrent;
using System.Collections.Frozen;
using Scriban;
using Scriban.Syntax;

namespace Mentoring.Site.Templates;

/// <summary>
/// Which global names a layout can read — its own, <c>layouts/base.html</c>'s and those of every partial they
/// include (by a constant name), transitively. The build cache fingerprints only these globals for a page, so
/// a new practice (which changes the <c>library</c> global) does not invalidate every practice page.
/// Loop variables and assignments are counted too: the set over-approximates, which is safe.
/// </summary>
public sealed class TemplateGlobals
{
    private readonly Func<string, Template?> _lookup;
    private readonly ConcurrentDictionary<string, FrozenSet<string>?> _byLayout = new(StringComparer.Ordinal);

    public TemplateGlobals(Func<string, Template?> lookup)
    {
        _lookup = lookup;
    }

    /// <summary>Names read by the page layout <paramref name="layout"/> inside base.html; null when they cannot be known (an include by a computed name).</summary>
    public FrozenSet<string>? For(string layout) => _byLayout.GetOrAdd(layout, Compute);

    private FrozenSet<string>? Compute(string layout)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["layouts/" + layout + ".html", "layouts/base.html"]);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            if (!seen.Add(name))
            {
                continue;
            }

            if (_lookup(name) is not { } template)
            {
                continue; // reported where it is rendered
            }

            if (!Collect(template.Page, names, queue))
            {
                return null;
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool Collect(ScriptNode? node, HashSet<string> names, Queue<string> includes)
    {
        if (node is null)
        {
            return true;
        }

        switch (node)
        {
            case ScriptFunctionCall { Target: ScriptVariable { Name: "include" } } call:
                if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string included })
                {
                    return false;
                }

                includes.Enqueue(included);
                foreach (var argument in call.Arguments)
                {
                    if (!Collect(argument, names, includes))
                    {
                        return false;
                    }
                }

                return true;

            // Any other use of include (a pipe, a computed name) or of `this` (globals by a computed name):
            // what the page reads cannot be known, so the page depends on every global.
            case ScriptVariable { Name: "include" }:
            case ScriptThisExpression:
                return false;
            case ScriptVariableGlobal global:
                names.Add(global.Name);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (!Collect(node.GetChildren(i), names, includes))
            {
                return false;
            }
        }

        return true;
    }
}
