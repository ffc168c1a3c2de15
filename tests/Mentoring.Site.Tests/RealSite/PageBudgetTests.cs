using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The theme's budget (issue #3): a page of the real site weighs under 50 KB uncompressed, counting the HTML and
/// every stylesheet and script it references (and what those stylesheets import) — what a reader on a slow rural
/// line downloads for a page (<see cref="PageWeight"/>).
/// </summary>
public sealed class PageBudgetTests(RealSite site) : IClassFixture<RealSite>
{
    public const int Budget = PageWeight.Budget;

    [Theory]
    [InlineData("landing", "index.html")]
    [InlineData("library", "kopilka/index.html")]
    [InlineData("library, collections and filter", "kopilka/podborki/index.html")]
    [InlineData("library, a facet", "kopilka/forma/pedagog-pedagog/index.html")]
    [InlineData("roadmap", "dorozhnaya-karta/index.html")]
    [InlineData("forms", "formy/index.html")]
    [InlineData("acts", "normativnaya-baza/index.html")]
    [InlineData("documents", "dokumenty/index.html")]
    [InlineData("search", "poisk/index.html")]
    [InlineData("stages", "etapy/index.html")]
    [InlineData("participants", "uchastniki/index.html")]
    [InlineData("programme", "programma/index.html")]
    [InlineData("programme, its longest section", "programma/poyasnitelnaya-zapiska/index.html")]
    [InlineData("programme, a section with tables", "programma/monitoring-i-otsenka/index.html")]
    [InlineData("monitoring", "monitoring/index.html")]
    [InlineData("monitoring, a year", "monitoring/2024-2025/index.html")]
    [InlineData("monitoring, charts over the years", "monitoring/uchastniki-i-pary/index.html")]
    [InlineData("not found", "404.html")]
    public void A_page_with_its_stylesheets_and_scripts_is_under_50_KB(string kind, string page)
    {
        var weight = Weigh(page);
        Assert.True(weight.Total < Budget, $"{kind}: {weight}");
    }

    [Fact]
    public void Every_practice_page_is_under_50_KB()
    {
        var practices = site.HtmlFiles().Where(f => site.Page(f).QuerySelector("main article.practice") is not null).ToList();
        Assert.True(practices.Count >= 5, $"only {practices.Count} practice pages");
        var over = practices.Select(Weigh).Where(w => w.Total >= Budget).ToList();
        Assert.True(over.Count == 0, "Practice pages over the budget:\n" + string.Join("\n", over));
    }

    /// <summary>Every page, without exception: a change to the content or the theme that pushes any page over shows here.</summary>
    [Fact]
    public void Every_page_is_under_50_KB()
    {
        var pages = site.HtmlFiles();
        Assert.True(pages.Count > 60, $"only {pages.Count} pages");
        var over = pages.Select(Weigh).Where(w => w.Total >= Budget).ToList();
        Assert.True(over.Count == 0, $"{over.Count} pages over the budget of {Budget:N0} bytes:\n" + string.Join("\n", over));
    }

    /// <summary>The weighing itself: relative links resolved from the page, local files only, imports followed once.</summary>
    [Fact]
    public void The_weight_counts_the_html_and_each_referenced_file_once()
    {
        var weight = Weigh("kopilka/podborki/index.html");
        Assert.Equal(["assets/css/library-filter.css", "assets/css/library.css", "assets/css/site.css", "assets/js/a11y.js", "assets/js/library-filter.js"], weight.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new FileInfo(Path.Combine(site.Output, "kopilka", "podborki", "index.html")).Length, weight.Html);
        Assert.Equal(weight.Html + weight.Files.Values.Sum(), weight.Total);
        Assert.Contains("kopilka/podborki/index.html", weight.ToString(), StringComparison.Ordinal);
    }

    private PageWeight Weigh(string page) => PageWeight.Of(site.Output, page);
}
