using System.Text.RegularExpressions;
using AngleSharp.Dom;
using static Mentoring.Site.Tests.RealSite.RealContent;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The programme on the site (content/programma/): an index with its contents, and one page per numbered section
/// of the programme, each with breadcrumbs, its number, its neighbours, its own table of contents where it has
/// subsections — and together every section, list and table of the programme's text, in the programme's order.
/// </summary>
public sealed partial class ProgrammePagesTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Index = "programma/index.html";

    /// <summary>The chapter pages in the order of the index's contents: output path and page.</summary>
    private List<(string Path, IDocument Page)> Chapters()
    {
        var links = site.Page(Index).QuerySelectorAll("main nav.chapters > ol > li > a[href]").ToArray();
        Assert.NotEmpty(links);
        return [.. links.Select(a => Resolve(Index, a.GetAttribute("href")!)).Select(p => (p, site.Page(p)))];
    }

    private IElement ProseOf(string chapter) =>
        Html.MainOf(Chapters().Single(c => Norm(c.Page.QuerySelector("h1")!.TextContent) == Norm(chapter)).Page).QuerySelector(".prose")!;

    [Fact]
    public void The_index_lists_the_nine_sections_of_the_programme_in_order_each_on_a_page_of_its_own()
    {
        var chapters = Chapters();
        Assert.Equal(Programme.Chapters.Select(Norm), chapters.Select(c => Norm(c.Page.QuerySelector("h1")!.TextContent)));
        Assert.Equal(chapters.Count, chapters.Select(c => c.Path).Distinct().Count());
        Assert.All(chapters, c => Assert.Matches(@"^programma/[a-z0-9-]+/index\.html$", c.Path));

        // The programme's own numbered headings: «1. Пояснительная записка» … «9. Дорожная карта внедрения Программы наставничества…».
        var numbered = File.ReadAllLines(ProgrammeTextTests.ProgrammeFile).Where(l => NumberedHeading().IsMatch(l)).ToArray();
        for (var i = 0; i < Programme.Chapters.Length; i++)
        {
            var heading = numbered.FirstOrDefault(l => l.StartsWith($"{i + 1}. ", StringComparison.Ordinal)
                && Programme.Loose(l).StartsWith(Programme.Loose($"{i + 1}. {Programme.Chapters[i]}"), StringComparison.Ordinal));
            Assert.True(heading is not null, $"Section {i + 1} of the programme is not «{Programme.Chapters[i]}…».");
        }

        var main = Html.MainOf(site.Page(Index));
        Assert.Contains("programma-nastavnichestva.pdf", string.Join(" ", main.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href"))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_contents_reach_every_subsection_of_every_chapter()
    {
        var index = site.Page(Index);
        foreach (var item in index.QuerySelectorAll("main nav.chapters > ol > li"))
        {
            var chapter = Resolve(Index, item.QuerySelector("a")!.GetAttribute("href")!);
            var page = site.Page(chapter);
            var headings = page.QuerySelectorAll("main .prose h2").ToArray();
            var links = item.QuerySelector("ol")?.QuerySelectorAll("a[href]").ToArray() ?? [];
            Assert.Equal(headings.Select(h => Norm(h.TextContent)), links.Select(a => Norm(a.TextContent)));
            foreach (var a in links)
            {
                var href = a.GetAttribute("href")!;
                Assert.Equal(chapter, Resolve(Index, href.Split('#')[0]));
                var target = page.GetElementById(href.Split('#')[1]);
                Assert.True(target is not null, $"{href}: no such anchor in {chapter}.");
                Assert.Equal(Norm(a.TextContent), Norm(target!.TextContent));
            }
        }

        Assert.Contains(index.QuerySelectorAll("main nav.chapters a[href]"), a => a.GetAttribute("href")!.Contains("#pokazateli", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_chapter_has_breadcrumbs_its_number_and_links_to_its_neighbours_and_the_menu_marks_the_programme()
    {
        var chapters = Chapters();
        for (var i = 0; i < chapters.Count; i++)
        {
            var (path, page) = chapters[i];
            var title = Html.Text(page.QuerySelector("h1")!);
            Assert.Equal(["Главная", "Программа наставничества", title], Html.Texts(page, "nav.breadcrumbs li"));
            Assert.Equal(["../../index.html", "../index.html"], page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")!));
            Assert.Equal($"Программа наставничества, раздел {i + 1} из {chapters.Count}", Html.Text(page.QuerySelector("main .page-kicker")!));

            var nav = page.QuerySelector("main nav.chapter-nav") ?? throw new InvalidOperationException($"{path} has no links to its neighbours.");
            var prev = nav.QuerySelector("a[rel=prev]");
            var next = nav.QuerySelector("a[rel=next]");
            Assert.Equal(i > 0, prev is not null);
            Assert.Equal(i + 1 < chapters.Count, next is not null);
            if (prev is not null)
            {
                Assert.Equal(chapters[i - 1].Path, Resolve(path, prev.GetAttribute("href")!));
                Assert.Equal(Norm(chapters[i - 1].Page.QuerySelector("h1")!.TextContent), Norm(prev.TextContent));
            }

            if (next is not null)
            {
                Assert.Equal(chapters[i + 1].Path, Resolve(path, next.GetAttribute("href")!));
                Assert.Equal(Norm(chapters[i + 1].Page.QuerySelector("h1")!.TextContent), Norm(next.TextContent));
            }

            Assert.Contains(nav.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../index.html" && Html.Text(a) == "Все разделы");

            // Both copies of the main menu (bar and phone menu) mark «Программа» as the current section, no item as the page.
            var current = page.QuerySelectorAll(".nav-list a[aria-current]").ToArray();
            Assert.Equal(2, current.Length);
            Assert.All(current, a => Assert.Equal(("true", "../index.html", "Программа"), (a.GetAttribute("aria-current"), a.GetAttribute("href"), Html.Text(a))));
        }

        var index = site.Page(Index).QuerySelectorAll(".nav-list a[aria-current]").ToArray();
        Assert.Equal(2, index.Length);
        Assert.All(index, a => Assert.Equal("page", a.GetAttribute("aria-current")));
        Assert.Empty(site.Page("formy/index.html").QuerySelectorAll(".nav-list a[aria-current=true]"));
    }

    [Fact]
    public void The_chapters_carry_every_section_of_the_programme_in_order()
    {
        // A chapter's title, then its subsections: the programme's headings read in the order of the pages.
        var headings = Chapters()
            .SelectMany(c => new[] { c.Page.QuerySelector("h1")! }.Concat(c.Page.QuerySelectorAll("main .prose h2")))
            .Select(h => Norm(h.TextContent))
            .ToList();
        var positions = Programme.Sections.Select(s => headings.IndexOf(Norm(s))).ToArray();
        for (var i = 0; i < positions.Length; i++)
        {
            Assert.True(positions[i] >= 0, $"No chapter has the section «{Programme.Sections[i]}». Headings: {string.Join(" | ", headings)}");
        }

        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_chapter_with_subsections_has_its_own_table_of_contents_with_working_anchors()
    {
        var withToc = 0;
        foreach (var (path, page) in Chapters())
        {
            var sections = page.QuerySelectorAll("main .prose h2").ToArray();
            var toc = page.QuerySelector("main nav.toc");
            if (sections.Length < 2)
            {
                Assert.Null(toc);
                continue;
            }

            withToc++;
            Assert.True(toc is not null, $"{path} has {sections.Length} subsections but no table of contents.");
            var links = toc!.QuerySelectorAll("a[href]").ToArray();
            Assert.Equal(sections.Select(h => Norm(h.TextContent)), links.Select(a => Norm(a.TextContent)));
            foreach (var a in links)
            {
                var href = a.GetAttribute("href")!;
                Assert.StartsWith("#", href, StringComparison.Ordinal);
                Assert.Equal(Norm(a.TextContent), Norm(page.GetElementById(Uri.UnescapeDataString(href[1..]))!.TextContent));
            }
        }

        Assert.True(withToc >= 2, "The explanatory note and the monitoring section have subsections.");
    }

    [Fact]
    public void The_explanatory_note_lists_the_twelve_documents_of_the_programme()
    {
        var prose = ProseOf("Пояснительная записка");
        var documents = prose.Children.TakeWhile(e => e.LocalName != "h2").First(e => e.LocalName == "ul").Children.Select(li => Norm(li.TextContent)).ToArray();
        Assert.Equal(12, documents.Length);
        Assert.StartsWith(Norm("Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»"), documents[0], StringComparison.Ordinal);
        Assert.Contains(Norm("№ 38 «Об организации работы по внедрению муниципальной целевой модели наставничества"), documents[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_monitoring_section_names_the_same_indicators_and_bands_as_monitoring_yml()
    {
        var monitoring = DataFile("data/monitoring.yml");
        var prose = ProseOf("Мониторинг и оценка результатов реализации Программы");
        var section = SectionOf(prose, "Показатели эффективности реализации Программы наставничества");
        // A Markdown table may sit in a scrolling wrapper.
        var table = section.Select(e => e.LocalName == "table" ? e : e.QuerySelector("table")).First(t => t is not null)!;
        var rows = table.QuerySelectorAll("tbody tr").ToArray();
        var indicators = Items(monitoring, "indicators");
        Assert.Equal(indicators.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(c => Norm(c.TextContent)).ToArray();
            Assert.Equal(Norm(Req(indicators[i], "criterion")), cells[^2]);
            Assert.Equal(Norm(Req(indicators[i], "text")), cells[^1]);
        }

        var text = Norm(string.Concat(section.Select(e => e.TextContent + " ")));
        foreach (var band in Items(monitoring, "bands"))
        {
            Assert.Contains(Norm($"{Req(band, "from")}–{Req(band, "to")} баллов – {Req(band, "title")} уровень"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_chapters_carry_the_goal_tasks_expected_results_terms_and_popularisation_measures()
    {
        var note = ProseOf("Пояснительная записка");
        Assert.Contains(Norm("раскрытие личностного, а также профессионального потенциала наставника и наставляемого"), Norm(note.TextContent), StringComparison.Ordinal);
        Assert.Equal(Programme.Tasks.Select(Norm), ListAfter(note, "Задачи"));
        Assert.Equal(Programme.ExpectedResults, ListAfter(note, "Ожидаемые результаты").Count);

        var terms = SectionOf(note, "Понятия и термины").SelectMany(e => e.QuerySelectorAll("li > strong")).Select(s => Norm(s.TextContent));
        Assert.Equal(Programme.Terms.Select(Norm), terms);

        var measures = ProseOf("Механизмы мотивации и поощрения наставников").QuerySelectorAll("ol > li").Select(li => Norm(li.TextContent));
        Assert.Equal(Programme.Popularisation.Select(Norm), measures);
    }

    /// <summary>An output path from a link on the page <paramref name="from"/>.</summary>
    private static string Resolve(string from, string href)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var part in href.Split('#')[0].Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The elements between the h2 named <paramref name="heading"/> and the next h2.</summary>
    private static List<IElement> SectionOf(IElement prose, string heading)
    {
        var h2 = prose.QuerySelectorAll("h2").Single(h => Norm(h.TextContent) == Norm(heading));
        var result = new List<IElement>();
        for (var e = h2.NextElementSibling; e is not null && e.LocalName != "h2"; e = e.NextElementSibling)
        {
            result.Add(e);
        }

        return result;
    }

    /// <summary>The items of the first list under the h2 named <paramref name="heading"/>, normalised.</summary>
    private static List<string> ListAfter(IElement prose, string heading) =>
        [.. SectionOf(prose, heading).First(e => e.LocalName is "ul" or "ol").Children.Select(li => Norm(li.TextContent))];

    [GeneratedRegex(@"^\d\. \p{Lu}")]
    private static partial Regex NumberedHeading();
}
