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

    // Pages over the budget whatever the theme does: the library index. It is listed here, not tested against the
    // budget, until the section is restructured (issue #3 stays open for it); the test below fails if it disappears.
    private const string LibraryIndexReason =
        "Over budget: ≈28 KB of HTML (filter form, cards, facets) + the filter script ≈7 KB + library.css ≈5 KB (≈60 KB in all). Needs a decision on the facets block, the filter or the page size.";

    /// <summary>The pages the budget does not hold for yet, with why.</summary>
    private static readonly Dictionary<string, string> KnownOverBudget = new(StringComparer.Ordinal)
    {
        ["kopilka/index.html"] = LibraryIndexReason,
    };

    [Theory]
    [InlineData("landing", "index.html")]
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

    /// <summary>Every page but the known exceptions: a change to the theme that pushes any page over shows here.</summary>
    [Fact]
    public void Every_other_page_is_under_50_KB()
    {
        var pages = site.HtmlFiles().Where(f => !KnownOverBudget.ContainsKey(f)).ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages");
        var over = pages.Select(Weigh).Where(w => w.Total >= Budget).ToList();
        Assert.True(over.Count == 0, $"{over.Count} pages over the budget of {Budget:N0} bytes:\n" + string.Join("\n", over));
        Assert.All(KnownOverBudget.Keys, p => Assert.True(site.Exists(p), $"{p}: an exception for a page that is gone"));
    }

    /// <summary>The weighing itself: relative links resolved from the page, local files only, imports followed once.</summary>
    [Fact]
    public void The_weight_counts_the_html_and_each_referenced_file_once()
    {
        var weight = Weigh("kopilka/index.html");
        Assert.Equal(["assets/css/library.css", "assets/css/site.css", "assets/js/a11y.js", "assets/js/library-filter.js"], weight.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new FileInfo(Path.Combine(site.Output, "kopilka", "index.html")).Length, weight.Html);
        Assert.Equal(weight.Html + weight.Files.Values.Sum(), weight.Total);
        Assert.Contains("kopilka/index.html", weight.ToString(), StringComparison.Ordinal);
    }

    private PageWeight Weigh(string page) => PageWeight.Of(site.Output, page);
}
