using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The theme's budget (issue #3): a page of the real site weighs under 50 KB uncompressed, counting the HTML and
/// every stylesheet and script it references (and what those stylesheets import) — what a reader on a slow rural
/// line downloads for a page. Sizes, not timings: the same content gives the same bytes on any machine.
/// </summary>
public sealed partial class PageBudgetTests(RealSite site) : IClassFixture<RealSite>
{
    public const int Budget = 50 * 1024;

    // Pages whose own content is over the budget whatever the theme does: not typical pages (the full programme,
    // the monitoring report) and the library index. They are listed here, not tested against the budget, until the
    // section is restructured (issue #3 stays open for them); the test below fails if one of them disappears.
    private const string ProgrammeReason =
        "Over budget by its text: the programme's full text makes ≈52 KB of HTML by itself (≈73 KB with the theme). Needs splitting into chapter pages or an agreed exception.";

    private const string MonitoringReason =
        "Over budget by its data: three years of tables and eight charts with their data tables make ≈68 KB of HTML (≈91 KB in all). Needs a page per year or an agreed exception.";

    private const string LibraryIndexReason =
        "Over budget: ≈28 KB of HTML (filter form, cards, facets) + the filter script ≈7 KB + library.css ≈5 KB (≈60 KB in all). Needs a decision on the facets block, the filter or the page size.";

    /// <summary>The pages the budget does not hold for yet, with why.</summary>
    private static readonly Dictionary<string, string> KnownOverBudget = new(StringComparer.Ordinal)
    {
        ["programma/index.html"] = ProgrammeReason,
        ["monitoring/index.html"] = MonitoringReason,
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

    private Weight Weigh(string page)
    {
        var document = site.Page(page);
        var references = document.QuerySelectorAll("link[href]")
            .Where(l => l.GetAttribute("rel")?.Split(' ').Contains("stylesheet", StringComparer.OrdinalIgnoreCase) == true)
            .Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            Add(files, Resolve(page, reference), page);
        }

        return new Weight(page, new FileInfo(Path.Combine(site.Output, page)).Length, files);
    }

    /// <summary>Adds a referenced file and, for a stylesheet, the stylesheets it imports.</summary>
    private void Add(SortedDictionary<string, long> files, string path, string from)
    {
        if (files.ContainsKey(path))
        {
            return;
        }

        Assert.True(site.Exists(path), $"{from} references {path}, which is not in the output.");
        files[path] = new FileInfo(Path.Combine(site.Output, path)).Length;
        if (path.EndsWith(".css", StringComparison.Ordinal))
        {
            foreach (Match m in CssImport().Matches(site.Read(path)))
            {
                Add(files, Resolve(path, m.Groups["url"].Value), path);
            }
        }
    }

    /// <summary>An output path from a reference relative to <paramref name="from"/>; a reference to another site fails the test.</summary>
    private static string Resolve(string from, string reference)
    {
        Assert.False(reference.Contains("//", StringComparison.Ordinal) || reference.Contains(':', StringComparison.Ordinal),
            $"{from}: {reference} is not a local file (no third-party requests).");
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var part in reference.Split('?', '#')[0].Split('/'))
        {
            if (part == "..")
            {
                Assert.True(parts.Count > 0, $"{from}: {reference} leaves the site.");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex("""@import\s+(?:url\(\s*)?["']?(?<url>[^"')\s;]+)""")]
    private static partial Regex CssImport();

    private sealed record Weight(string Page, long Html, SortedDictionary<string, long> Files)
    {
        public long Total => Html + Files.Values.Sum();

        public override string ToString()
        {
            var ru = CultureInfo.GetCultureInfo("ru-RU");
            var sb = new StringBuilder().Append(Page).Append(": ").Append(Total.ToString("N0", ru)).Append(" bytes")
                .Append(Total >= Budget ? " ≥ " : " < ").Append(Budget.ToString("N0", ru))
                .Append(" (HTML ").Append(Html.ToString("N0", ru));
            foreach (var (file, size) in Files)
            {
                sb.Append(", ").Append(file).Append(' ').Append(size.ToString("N0", ru));
            }

            return sb.Append(')').ToString();
        }
    }
}
