using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mentoring.Browser.Tests;

/// <summary>
/// axe-core on every page of the real site: WCAG 2.0/2.1 A and AA, zero violations — in the default look,
/// in each colour scheme of «Версия для слабовидящих» and with the panel open; axe's best practices once.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static readonly AxeRunOptions BestPractice = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["best-practice"] },
        ResultTypes = [ResultType.Violations],
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

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Looks.SchemeNames), MemberType = typeof(Looks))]
    public async Task Every_page_has_no_axe_violations_in_each_colour_scheme(string scheme)
    {
        var (page, _, _) = await site.NewPageAsync(a11y: Looks.Settings(scheme));
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(scheme, await page.Locator("html").GetAttributeAsync("data-a11y-scheme"));
            problems.AddRange(await Violations(page, $"{scheme} {path}"));
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Looks.AllLooks), MemberType = typeof(Looks))]
    public async Task The_open_panel_has_no_axe_violations(string scheme)
    {
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            var (page, _, _) = await site.NewPageAsync(width, 900, Looks.Settings(scheme));
            await page.GotoAsync(site.BaseUrl + "programma/index.html");
            await Looks.OpenPanelAsync(page);
            problems.AddRange(await Violations(page, $"{scheme} {width}px panel open"));
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_follows_axe_best_practices_in_the_default_look()
    {
        var (page, _, _) = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            problems.AddRange(await Violations(page, path, BestPractice));
        }

        await Looks.OpenPanelAsync(page);
        problems.AddRange(await Violations(page, "panel open", BestPractice));
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static async Task<IEnumerable<string>> Violations(IPage page, string label, AxeRunOptions? options = null)
    {
        var result = await page.RunAxe(options ?? Wcag21AA);
        return result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{label}: {v.Id} ({v.Impact}): {v.Help} — {n.Target} {n.Html} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"));
    }
}
