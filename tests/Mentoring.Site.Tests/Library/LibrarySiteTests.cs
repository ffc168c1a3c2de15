using System.ServiceModel.Syndication;
using System.Text.Json;
using XmlReader = System.Xml.XmlReader;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Library;
using Mentoring.Site.Library.Search;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Library;

/// <summary>
/// A small library built for real into a temporary folder with the repository's theme: the index and its
/// pages, facet pages, a practice page with files, related practices and neighbours, the feed, the search
/// index, the filter data and the home page block.
/// </summary>
public sealed class LibrarySiteTests : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private TestSite _site = null!;
    private BuildReport _report = null!;

    public async Task InitializeAsync()
    {
        _site = LibrarySite.Create();
        LibrarySite.AddMany(_site, 25, new DateOnly(2024, 1, 1));
        _site.WriteBytes("content/files/План урока.pdf", new byte[3000]);
        _site.WriteBytes("content/practices/img/cover.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        _site.Write("content/practices/2025-05-20-osobaya.md", LibrarySite.Practice(
            "Особая практика наставничества", "2025-05-20", tags: "[математика, физика]",
            body: "## Описание практики\n\nНаставничество в паре. Похожий опыт — в [практике номер 3](2024-01-15-praktika-03.md).\n",
            extra:
            [
                "example: true",
                "authors:",
                "  - name: Иванова Мария Петровна",
                "    position: учитель математики",
                "    consent: true",
                "attachments:",
                "  - file: ../files/План урока.pdf",
                "    title: План урока",
                "cover:",
                "  file: img/cover.png",
                "  alt: Наставник и молодой учитель у доски",
            ]));
        _report = await _site.BuildAsync(date: LibrarySite.BuildDate);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private IDocument Html(string path) => Parser.ParseDocument(_site.ReadOutput(path));

    private static string[] CardTitles(IDocument doc) =>
        [.. doc.QuerySelectorAll("#library-list .practice-card h3 a").Select(a => a.TextContent)];

    [Fact]
    public void The_site_builds_without_errors_or_warnings()
    {
        Assert.True(_report.Succeeded, string.Join("\n", Formatting.Lines(_report)));
        Assert.Empty(Formatting.Lines(_report));
    }

    [Fact]
    public void The_index_lists_the_newest_practices_a_page_at_a_time_and_leads_to_the_collections()
    {
        var index = Html("kopilka/index.html");
        Assert.Single(index.QuerySelectorAll("h1"));
        Assert.Equal("Методическая копилка", index.QuerySelector("h1")!.TextContent);
        Assert.Contains("26\u00A0практик", index.QuerySelector(".library-lead")!.TextContent, StringComparison.Ordinal);
        var titles = CardTitles(index);
        Assert.Equal(CreateLibraryPages.PageSize, titles.Length);
        Assert.Equal("Особая практика наставничества", titles[0]);
        Assert.Equal("Практика номер 25", titles[1]);
        Assert.Equal("page/2/index.html", index.QuerySelector(".library-pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(index.QuerySelector(".library-pager a[rel=prev]"));
        Assert.EndsWith("1", index.QuerySelector(".library-pager a[aria-current=page]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("feed.xml", index.QuerySelector("a.library-action-feed")!.GetAttribute("href"));
        Assert.Equal("../poisk/index.html", index.QuerySelector("a.library-action-search")!.GetAttribute("href"));
        Assert.Equal("podborki/index.html", index.QuerySelector("a.library-action-collections")!.GetAttribute("href"));
        Assert.Contains(index.QuerySelectorAll("nav a"), a => a.TextContent == "Методическая копилка" && a.GetAttribute("href") == "index.html");

        // The index is a list only: the facets and the filter with its script are on the collections page.
        Assert.Null(index.QuerySelector("form.library-filter"));
        Assert.Null(index.QuerySelector(".library-facets"));
        Assert.DoesNotContain(index.QuerySelectorAll("script[src]"), x => x.GetAttribute("src")!.Contains("library-filter", StringComparison.Ordinal));

        var third = Html("kopilka/page/3/index.html");
        Assert.Equal(26 - (2 * CreateLibraryPages.PageSize), CardTitles(third).Length);
        Assert.Equal("Практика номер 1", CardTitles(third)[^1]);
        Assert.Equal("../2/index.html", third.QuerySelector(".library-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(third.QuerySelector(".library-pager a[rel=next]"));
        Assert.EndsWith("3", third.QuerySelector(".library-pager a[aria-current=page]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Методическая копилка\u00A0— страница 3", third.QuerySelector("h1")!.TextContent);
        var second = Html("kopilka/page/2/index.html");
        Assert.Equal(CreateLibraryPages.PageSize, CardTitles(second).Length);
        Assert.Equal("../../index.html", second.QuerySelector(".library-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(["Главная", "Методическая копилка", "Методическая копилка — страница 2"], second.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Replace('\u00A0', ' ').Trim()));
    }

    [Fact]
    public void Facet_pages_list_their_practices_and_count_the_other_facets_on_their_first_page()
    {
        var form = Html("kopilka/forma/pedagog-pedagog/index.html");
        Assert.Contains("14\u00A0практик", form.QuerySelector(".library-lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CreateLibraryPages.PageSize, CardTitles(form).Length);
        Assert.Equal("page/2/index.html", form.QuerySelector(".library-pager a[rel=next]")!.GetAttribute("href"));
        var models = form.QuerySelectorAll(".library-facet-model li").Select(li => li.QuerySelector("a")!.TextContent + "=" + li.QuerySelector(".library-count")!.TextContent).ToArray();
        Assert.Equal(["Опытный педагог\u00A0— молодой специалист=8", "Педагог-новатор\u00A0— консервативный педагог=6"], models);
        Assert.Null(form.QuerySelector(".library-facet-forma"));
        Assert.Equal("../../model/opytnyy-pedagog-molodoy-spetsialist/index.html", form.QuerySelector(".library-facet-model a")!.GetAttribute("href"));
        Assert.Equal("Число рядом с\u00A0подборкой\u00A0— сколько в\u00A0ней практик.", form.QuerySelector(".library-facets-note")!.TextContent);

        // The next page of the list: the rest of the cards, the facets stay on the first.
        var rest = Html("kopilka/forma/pedagog-pedagog/page/2/index.html");
        Assert.Equal(14 - CreateLibraryPages.PageSize, CardTitles(rest).Length);
        Assert.Null(rest.QuerySelector(".library-facets"));

        var tag = Html("kopilka/teg/fizika/index.html");
        var tagged = CardTitles(tag).Concat(CardTitles(Html("kopilka/teg/fizika/page/2/index.html"))).ToArray();
        Assert.Contains("Особая практика наставничества", tagged);
        Assert.Equal(11, tagged.Length);
        Assert.True(File.Exists(Path.Combine(_site.Output, "kopilka", "god", "2024", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "kopilka", "vid", "proekt", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "kopilka", "model", "ravnyy-ravnomu", "index.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "kopilka", "model", "lider-passivnyy", "index.html")));
    }

    [Fact]
    public void The_collections_page_lists_every_facet_with_its_count_and_carries_the_filter()
    {
        var page = Html("kopilka/podborki/index.html");
        Assert.Equal("Подборки практик", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Формы наставничества", "Виды практик", "Годы", "Теги"], page.QuerySelectorAll(".library-facets h3").Select(h => h.TextContent));
        var tags = page.QuerySelectorAll(".library-facet-teg > ul > li").Select(li => li.QuerySelector("a")!.TextContent + "=" + li.QuerySelector(".library-count")!.TextContent).ToArray();
        Assert.Equal(["адаптация=10", "математика=11", "олимпиада=10", "физика=11", "чтение=10"], tags);
        Assert.Equal("../teg/fizika/index.html", page.QuerySelectorAll(".library-facet-teg a").Single(a => a.TextContent == "физика").GetAttribute("href"));
        Assert.Equal(["../forma/uchenik-uchenik/index.html", "../forma/pedagog-pedagog/index.html"], page.QuerySelectorAll(".library-facet-forma > ul > li > a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Главная", "Методическая копилка", "Подборки практик"], page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Replace('\u00A0', ' ').Trim()));

        // The filter: hidden without JavaScript; a labelled select per dimension but models, its choices left to the script.
        var filter = page.QuerySelector("form.library-filter")!;
        Assert.True(filter.HasAttribute("hidden"));
        Assert.Equal("../filter.json", filter.GetAttribute("data-library-filter"));
        Assert.Equal(["forma", "vid", "god", "teg"], filter.QuerySelectorAll("select").Select(x => x.GetAttribute("name")!));
        foreach (var select in filter.QuerySelectorAll("select"))
        {
            Assert.NotNull(filter.QuerySelector($"label[for='{select.Id}']"));
            Assert.Equal([""], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!));
        }

        Assert.Contains("../../assets/js/library-filter.js", page.QuerySelectorAll("script").Select(x => x.GetAttribute("src")));
        Assert.Equal(new[] { "library", "library-filter" }.Select(n => $"../../assets/css/{n}.css"),
            page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Where(h => !h.EndsWith("site.css", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_practice_page_shows_metadata_files_cover_related_and_neighbours()
    {
        var page = Html("kopilka/2025-05-20-osobaya/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Пример", page.QuerySelector(".practice-badge")!.TextContent);
        var meta = page.QuerySelector("dl.practice-meta")!;
        Assert.Equal("../forma/pedagog-pedagog/index.html", meta.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Иванова Мария Петровна, учитель математики", meta.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../teg/matematika/index.html", "../teg/fizika/index.html"], meta.QuerySelectorAll(".practice-tags a").Select(a => a.GetAttribute("href")!).ToArray());
        var file = page.QuerySelector(".practice-files a")!;
        Assert.Equal("../../files/plan-uroka.pdf", file.GetAttribute("href"));
        Assert.Contains("PDF, 3\u00A0КБ", page.QuerySelector(".practice-files li")!.TextContent, StringComparison.Ordinal);
        var img = page.QuerySelector(".practice-cover img")!;
        Assert.Equal("../../practices/img/cover.png", img.GetAttribute("src"));
        Assert.Equal("Наставник и молодой учитель у доски", img.GetAttribute("alt"));
        Assert.Equal("../2024-01-15-praktika-03/index.html", page.QuerySelector(".practice-body a")!.GetAttribute("href"));
        var related = page.QuerySelectorAll(".practice-related li a").Select(a => a.TextContent).ToArray();
        Assert.InRange(related.Length, RelatedPractices.Minimum, RelatedPractices.Maximum);
        Assert.DoesNotContain("Особая практика наставничества", related);
        Assert.Equal("../2024-06-17-praktika-25/index.html", page.QuerySelector(".practice-prevnext a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".practice-prevnext a[rel=next]"));

        var middle = Html("kopilka/2024-01-15-praktika-03/index.html");
        Assert.Equal("../2024-01-08-praktika-02/index.html", middle.QuerySelector(".practice-prevnext a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../2024-01-22-praktika-04/index.html", middle.QuerySelector(".practice-prevnext a[rel=next]")!.GetAttribute("href"));
        Assert.Null(middle.QuerySelector(".practice-files"));
    }

    [Fact]
    public void The_feed_is_read_by_an_atom_parser()
    {
        using var reader = XmlReader.Create(Path.Combine(_site.Output, "kopilka", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(26, feed.Items.Count());
        Assert.Equal("Особая практика наставничества", feed.Items.First().Title.Text);
        Assert.Equal(new Uri("https://school.example/nastavnichestvo/kopilka/2025-05-20-osobaya/"), feed.Items.First().Links.Single().Uri);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
    }

    [Fact]
    public void The_search_index_finds_word_forms_in_pages_and_practices()
    {
        var search = new SearchQuery(path => File.Exists(Path.Combine(_site.Output, path)) ? File.ReadAllText(Path.Combine(_site.Output, path)) : null);
        var mentor = search.Run("наставника ");
        Assert.Equal(26, mentor.Ids.Length); // 25 practices and the home page; the special practice only says «наставничество».
        Assert.Equal("index.html", search.Run("наставляемого ").Hits.Single().Url);
        var special = search.Run("наставничества ");
        Assert.Equal("kopilka/2025-05-20-osobaya/index.html", special.Hits[0].Url);
        Assert.Equal(1, special.Hits[0].TitleHits);
        var numbered = search.Run("практикой номером 17");
        Assert.Equal("Практика номер 17", numbered.Hits.Single().Title);
        var typing = search.Run("особ");
        Assert.Equal("Особая практика наставничества", typing.Hits.Single().Title);

        var manifest = JsonDocument.Parse(_site.ReadOutput("search/manifest.json")).RootElement;
        Assert.Equal(27, manifest.GetProperty("count").GetInt32());
        var filter = JsonDocument.Parse(_site.ReadOutput("kopilka/filter.json")).RootElement;
        Assert.Equal(26, filter.GetProperty("items").GetArrayLength());
        Assert.Equal(1, filter.GetProperty("items")[0][5].GetInt32());
    }

    [Fact]
    public void The_search_page_works_without_script_by_pointing_to_the_collections()
    {
        var page = Html("poisk/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("search-query", page.QuerySelector("form.search-form label")!.GetAttribute("for"));
        Assert.Equal("polite", page.QuerySelector("#search-output")!.GetAttribute("aria-live"));
        Assert.Equal("../search/manifest.json", page.QuerySelector("form.search-form")!.GetAttribute("data-search-manifest"));
        Assert.Contains("../assets/js/search.js", page.QuerySelectorAll("script").Select(x => x.GetAttribute("src")));
        Assert.Contains("JavaScript", page.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "../kopilka/podborki/index.html");
        Assert.DoesNotContain("search.js", _site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_shows_key_numbers_and_the_newest_practices()
    {
        var home = Html("index.html");
        var block = home.QuerySelector(".home-library")!;
        Assert.StartsWith("26", block.QuerySelector(".library-numbers li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("практик в\u00A0копилке", block.TextContent, StringComparison.Ordinal);
        var newest = block.QuerySelectorAll(".library-newest a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(5, newest.Length);
        Assert.Equal("kopilka/2025-05-20-osobaya/index.html", newest[0]);
        Assert.Contains(block.QuerySelectorAll(".library-numbers a"), a => a.GetAttribute("href") == "kopilka/forma/uchenik-uchenik/index.html" && a.TextContent.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Building_twice_gives_byte_identical_output()
    {
        var first = _site.Snapshot();
        var again = await _site.BuildAsync(date: LibrarySite.BuildDate);
        Assert.True(again.Succeeded);
        Assert.Equal(first, _site.Snapshot());
    }
}
