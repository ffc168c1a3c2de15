using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>axe-core on every page of the real site: WCAG 2.0/2.1 A and AA, zero violations.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Every_page_has_no_axe_violations_in_the_default_look()
    {
        var (page, _, _) = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            problems.AddRange(await Violations(page, path));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static async Task<IEnumerable<string>> Violations(Microsoft.Playwright.IPage page, string label)
    {
        var result = await page.RunAxe(Wcag21AA);
        return result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{label}: {v.Id} ({v.Impact}): {v.Help} — {n.Target} {n.Html}"));
    }
}
