using System.Globalization;
using AngleSharp.Html.Parser;
using Mentoring.Site.Monitoring;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Monitoring;

/// <summary>
/// The monitoring section's pages as the generator makes them under the site's monitoring page: a page per year and
/// one of the charts over the years, so that a school with six years of data still gets every page under the
/// budget of issue #3; a site without a monitoring page gets none, another name of the page moves them along.
/// </summary>
public sealed class MonitoringPagesTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The repository's monitoring.yml with <paramref name="count"/> years ending in 2024/2025: its three years
    /// repeated (four stage-2 parameters each, the first year's note kept), each under its own academic year.
    /// </summary>
    private static string WithYears(int count)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "data", "monitoring.yml")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\nyears:\n", StringComparison.Ordinal) + "\nyears:\n".Length;
        var entries = text[start..].Split("\n  - year: ", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.StartsWith("  - year: ", StringComparison.Ordinal) ? e["  - year: ".Length..] : e)
            .Select(e => e[(e.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimEnd('\n'))
            .ToArray();
        Assert.Equal(3, entries.Length);
        var years = Enumerable.Range(0, count).Select(k =>
        {
            var first = 2024 - count + 1 + k;
            var body = entries[k % 3];
            return string.Create(CultureInfo.InvariantCulture, $"  - year: {first}/{first + 1}\n{body}\n");
        });
        return text[..start] + string.Join("\n", years);
    }

    [Fact]
    public async Task Six_years_of_monitoring_give_a_page_per_year_and_every_page_stays_under_the_budget()
    {
        using var site = RepositorySite.Copy();
        site.Write("content/data/monitoring.yml", WithYears(6));
        var report = await site.BuildAsync(date: new DateOnly(2025, 9, 1));
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));

        var index = Parser.ParseDocument(site.ReadOutput("monitoring/index.html"));
        var years = index.QuerySelectorAll("main ul.monitoring-years a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["2024-2025/index.html", "2023-2024/index.html", "2022-2023/index.html", "2021-2022/index.html", "2020-2021/index.html", "2019-2020/index.html"], years);
        var charts = Parser.ParseDocument(site.ReadOutput("monitoring/uchastniki-i-pary/index.html"));
        Assert.Equal(6, charts.QuerySelector("#mnt-participants-figure tbody")!.Children.Length);
        Assert.Equal(6, charts.QuerySelector("#mnt-pairs-figure tbody")!.Children.Length);
        Assert.Equal(2 + 6, index.QuerySelectorAll("main table caption").Single(c => c.TextContent.StartsWith("Показатели первого этапа", StringComparison.Ordinal))
            .ParentElement!.QuerySelectorAll("thead th").Length);

        var pages = PageWeight.HtmlPages(site.Output).Where(p => p.StartsWith("monitoring/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(1 + 6 + 1, pages.Length);
        var weights = pages.Select(p => PageWeight.Of(site.Output, p)).ToArray();
        Assert.True(weights.All(w => w.Total < PageWeight.Budget), "Monitoring pages over the budget:\n" + string.Join("\n", weights.Where(w => w.Total >= PageWeight.Budget)));
    }

    [Fact]
    public async Task A_site_without_a_monitoring_page_gets_no_monitoring_pages_and_another_name_moves_them()
    {
        using var site = RepositorySite.Copy();
        var page = File.ReadAllText(Path.Combine(site.Root, "content", "monitoring.md"));
        site.Delete("content/monitoring.md");
        var without = await site.BuildAsync(date: new DateOnly(2025, 9, 1));
        Assert.True(without.Succeeded, string.Join("\n", Formatting.Lines(without)));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "monitoring")));

        site.Write("content/itogi.md", page);
        var renamed = await site.BuildAsync(date: new DateOnly(2025, 9, 1));
        Assert.True(renamed.Succeeded, string.Join("\n", Formatting.Lines(renamed)));
        Assert.True(File.Exists(Path.Combine(site.Output, "itogi", "2024-2025", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "itogi", MonitoringPages.ChartsSlug, "index.html")));
        var year = Parser.ParseDocument(site.ReadOutput("itogi/2023-2024/index.html"));
        Assert.Equal("../index.html", year.QuerySelectorAll("nav.breadcrumbs a")[1].GetAttribute("href"));
        Assert.Equal("../2022-2023/index.html", year.QuerySelector("main a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../2024-2025/index.html", year.QuerySelector("main a[rel=next]")!.GetAttribute("href"));
    }
}
