using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mentoring.Site.Build;
using Mentoring.Site.Content;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Site.Tests.Content;

/// <summary>
/// A folder of content/ with an index.md is a section in parts (as the programme in content/programma/): built with
/// the repository's theme, its index lists its chapters in the order of their <c>order</c> field with their
/// subsections, each chapter has breadcrumbs, its number and its neighbours, sub-folders nest, drafts stay out.
/// </summary>
public sealed class ChapterTests : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private TestSite _site = null!;
    private BuildReport _report = null!;

    public async Task InitializeAsync()
    {
        _site = new TestSite(withDefaults: false);
        RepositoryPaths.CopyDirectory(Path.Combine(RepositoryPaths.Root, "themes", "default"), Path.Combine(_site.Root, "themes", "default"));
        _site.Write("content/site.yml", TestSite.SiteYml)
            .Write("content/index.md", "---\ntitle: Наставничество\nnav_order: 1\nnav_title: Главная\n---\n\nСм. [о школе](o-shkole/index.md).\n")
            .Write("content/o-shkole/index.md", "---\ntitle: О школе\nnav_order: 2\n---\n\nШкола в разделах.\n")
            .Write("content/o-shkole/istoriya.md", "---\ntitle: История\norder: 2\n---\n\nТекст.\n\n## Основание\n\nВ 1930 году.\n\n## Наши дни\n\nСейчас.\n")
            .Write("content/o-shkole/traditsii.md", "---\ntitle: Традиции\norder: 1\n---\n\nТекст.\n")
            .Write("content/o-shkole/chernovik.md", "---\ntitle: Черновик\norder: 4\ndraft: true\n---\n\nЕщё не готово.\n")
            .Write("content/o-shkole/lyudi/index.md", "---\ntitle: Люди\norder: 3\n---\n\nКто работает в школе.\n")
            .Write("content/o-shkole/lyudi/uchitelya.md", "---\ntitle: Учителя\n---\n\nУчителя школы.\n")
            .Write("content/bez-razdela/stranitsa.md", "---\ntitle: Страница\n---\n\nБез index.md в папке.\n");
        _report = await _site.BuildAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private IDocument Page(string path) => Parser.ParseDocument(_site.ReadOutput(path));

    private static string[] Crumbs(IDocument page) => [.. page.QuerySelectorAll("nav.breadcrumbs li").Select(li => Text(li))];

    /// <summary>Text with the typographer's no-break spaces as plain ones.</summary>
    private static string Text(IElement element) => element.TextContent.Replace('\u00A0', ' ').Trim();

    [Fact]
    public void The_site_builds_without_messages()
    {
        Assert.True(_report.Succeeded, string.Join("\n", Formatting.Lines(_report)));
        Assert.Empty(Formatting.Lines(_report));
    }

    [Fact]
    public void The_index_lists_its_chapters_by_order_with_their_subsections_and_leaves_drafts_out()
    {
        var index = Page("o-shkole/index.html");
        var chapters = index.QuerySelectorAll("main nav.chapters > ol > li > a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("Традиции", "traditsii/index.html"), ("История", "istoriya/index.html"), ("Люди", "lyudi/index.html")], chapters);
        var history = index.QuerySelectorAll("main nav.chapters > ol > li")[1].QuerySelector("ol")!.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("Основание", "istoriya/index.html#osnovanie"), ("Наши дни", "istoriya/index.html#nashi-dni")], history);
        Assert.DoesNotContain("Черновик", index.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Главная", "О школе"], Crumbs(index));
        Assert.Null(index.QuerySelector(".chapter-nav"));
        Assert.Contains("../assets/css/toc.css", index.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void A_chapter_has_breadcrumbs_its_number_and_its_neighbours()
    {
        var first = Page("o-shkole/traditsii/index.html");
        Assert.Equal(["Главная", "О школе", "Традиции"], Crumbs(first));
        Assert.Equal("О школе, раздел 1 из 3", Text(first.QuerySelector(".page-kicker")!));
        Assert.Null(first.QuerySelector(".chapter-nav a[rel=prev]"));
        Assert.Equal("../istoriya/index.html", first.QuerySelector(".chapter-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("История", first.QuerySelector(".chapter-nav a[rel=next]")!.TextContent);
        Assert.Equal("../index.html", first.QuerySelectorAll(".chapter-nav a").Single(a => a.TextContent == "Все разделы").GetAttribute("href"));

        var middle = Page("o-shkole/istoriya/index.html");
        Assert.Equal("О школе, раздел 2 из 3", Text(middle.QuerySelector(".page-kicker")!));
        Assert.Equal("../traditsii/index.html", middle.QuerySelector(".chapter-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../lyudi/index.html", middle.QuerySelector(".chapter-nav a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_sub_folder_with_its_own_index_is_a_chapter_and_a_section_at_once()
    {
        var people = Page("o-shkole/lyudi/index.html");
        Assert.Equal(["Главная", "О школе", "Люди"], Crumbs(people));
        Assert.Equal("О школе, раздел 3 из 3", Text(people.QuerySelector(".page-kicker")!));
        Assert.Equal("../istoriya/index.html", people.QuerySelector(".chapter-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(people.QuerySelector(".chapter-nav a[rel=next]"));
        Assert.Equal(["uchitelya/index.html"], people.QuerySelectorAll("main nav.chapters a").Select(a => a.GetAttribute("href")!));

        var teachers = Page("o-shkole/lyudi/uchitelya/index.html");
        Assert.Equal(["Главная", "О школе", "Люди", "Учителя"], Crumbs(teachers));
        Assert.Equal(["../../../index.html", "../../index.html", "../index.html"], teachers.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("Люди, раздел 1 из 1", Text(teachers.QuerySelector(".page-kicker")!));
        Assert.Empty(teachers.QuerySelectorAll(".chapter-nav a[rel]"));
    }

    [Fact]
    public void The_menu_marks_the_section_of_a_chapter_and_the_page_of_the_index()
    {
        foreach (var path in new[] { "o-shkole/traditsii/index.html", "o-shkole/lyudi/uchitelya/index.html" })
        {
            var current = Page(path).QuerySelectorAll(".nav-list a[aria-current]").ToArray();
            Assert.Equal(2, current.Length);
            Assert.All(current, a => Assert.Equal(("true", "О школе"), (a.GetAttribute("aria-current"), Text(a))));
        }

        Assert.All(Page("o-shkole/index.html").QuerySelectorAll(".nav-list a[aria-current]"), a => Assert.Equal("page", a.GetAttribute("aria-current")));
        Assert.Empty(Page("bez-razdela/stranitsa/index.html").QuerySelectorAll(".nav-list a[aria-current]"));
        Assert.Equal(2, Page("index.html").QuerySelectorAll(".nav-list a[aria-current=page]").Length);
    }

    [Fact]
    public void A_page_in_a_folder_without_index_is_no_chapter()
    {
        var page = Page("bez-razdela/stranitsa/index.html");
        Assert.Equal(["Главная", "Страница"], Crumbs(page));
        Assert.Null(page.QuerySelector(".chapter-nav"));
        Assert.Null(page.QuerySelector(".page-kicker"));
    }

    [Fact]
    public async Task Order_outside_a_section_is_a_warning_that_names_the_field()
    {
        using var site = new TestSite();
        site.Write("content/o-nas.md", "---\ntitle: О нас\norder: 3\n---\n\nТекст.\n")
            .Write("content/papka/stranitsa.md", "---\ntitle: Страница\n\norder: 1\n---\n\nТекст.\n");
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Formatting.Lines(report)));
        Assert.Equal(
        [
            $"content/o-nas.md(3,1): предупреждение {LinkChapters.OrderOutsideSectionCode}: Поле order задаёт порядок страниц внутри папки с index.md (например, разделов программы в programma/), а эта страница лежит прямо в папке content/. Уберите поле или положите страницу в такую папку.",
            $"content/papka/stranitsa.md(4,1): предупреждение {LinkChapters.OrderOutsideSectionCode}: Поле order задаёт порядок страниц внутри папки с index.md (например, разделов программы в programma/), а эта страница лежит в папке «papka/», где нет файла index.md. Уберите поле или положите страницу в такую папку.",
        ], Formatting.Lines(report));
    }
}
