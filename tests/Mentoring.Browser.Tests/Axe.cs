using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// Runs axe-core — the copy Deque.AxeCore.Commons ships (4.14), the same engine as Deque.AxeCore.Playwright's
/// RunAxe — directly in the page: RunAxe finishes every run in a helper page (runPartial/finishRun, made for
/// cross-origin frames, which this site has none of), which makes a run over every page 2–3 times slower.
/// </summary>
public static class Axe
{
    public static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static readonly string[] BestPractice = ["best-practice"];

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Every violation of the rules with the given tags, one line per element: "label: rule (impact): help — target html summary".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string label, string[]? tags = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(r.violations.flatMap(v => v.nodes.map(n =>
                `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} ${n.html} ${(n.failureSummary || '').replace(/\s+/g, ' ')}`)));
            }
            """,
            tags ?? Wcag21AA);
        return [.. JsonSerializer.Deserialize<string[]>(json)!.Select(v => $"{label}: {v}")];
    }
}
