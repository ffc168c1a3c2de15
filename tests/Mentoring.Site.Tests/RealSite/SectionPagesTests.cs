using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using static Mentoring.Site.Tests.RealSite.RealContent;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The published «Наставничество» section carries the programme: every page, every part of the programme's
/// text, the stages, the normative acts, the forms and models, the management table, the documents, the
/// curator and the library's numbers, each compared with content/data and with the programme's wording.
/// </summary>
public sealed class SectionPagesTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>The section's pages by their content file.</summary>
    public static readonly TheoryData<string> SectionPages = new()
    {
        "index.md", "programma/index.md", "programma/poyasnitelnaya-zapiska.md", "programma/monitoring-i-otsenka.md", "formy.md", "uchastniki.md", "etapy.md", "dorozhnaya-karta.md",
        "monitoring.md", "normativnaya-baza.md", "dokumenty.md", "kak-stat-nastavnikom.md",
    };

    public static readonly TheoryData<string> OutputFiles = new()
    {
        "index.html", "programma/index.html", "programma/poyasnitelnaya-zapiska/index.html", "programma/dorozhnaya-karta/index.html", "formy/index.html", "uchastniki/index.html", "etapy/index.html",
        "dorozhnaya-karta/index.html", "monitoring/index.html", "normativnaya-baza/index.html",
        "dokumenty/index.html", "kak-stat-nastavnikom/index.html", "kopilka/index.html", "poisk/index.html",
        "404.html", "sitemap.xml", "robots.txt",
    };

    private static readonly string[] LevelHeadings =
    [
        "Федеральный уровень", "Региональный уровень", "Муниципальный уровень", "Уровень образовательной организации",
    ];

    private static readonly string[] LevelKeys = ["федеральный", "региональный", "муниципальный", "уровень ОО"];

    [Theory]
    [MemberData(nameof(OutputFiles))]
    public void Every_page_of_the_section_is_published(string path)
    {
        Assert.True(site.Exists(path), $"{path} is missing from the output.");
        Assert.NotEmpty(site.Read(path).Trim());
    }

    [Fact]
    public void Every_content_page_is_published_where_its_file_name_says()
    {
        foreach (var page in Pages())
        {
            Assert.True(site.Exists(Html.OutputOf(page)), $"{page} → {Html.OutputOf(page)} is missing.");
        }
    }

    [Fact]
    public void Sitemap_lists_the_section_pages_with_their_update_dates_and_robots_txt_allows_crawling()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(ns + "url")
            .ToDictionary(u => (string)u.Element(ns + "loc")!, u => (string?)u.Element(ns + "lastmod"), StringComparer.Ordinal);
        var baseUrl = Str(DataFile("site.yml"), "base_url") ?? string.Empty;
        foreach (var page in Pages())
        {
            var output = Html.OutputOf(page);
            var loc = Assert.Single(urls.Keys, k => Locates(k, output, baseUrl));
            Assert.Equal(ExpectedUpdated(page).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), urls[loc]);
        }

        Assert.DoesNotContain(urls.Keys, k => k.Contains("404", StringComparison.Ordinal));
        var robots = site.Read("robots.txt");
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        var files = site.HtmlFiles();
        Assert.True(files.Count > 20, "Only " + files.Count + " pages were found.");
        foreach (var file in files)
        {
            var h1 = site.Page(file).QuerySelectorAll("h1");
            Assert.True(h1.Length == 1, $"{file} has {h1.Length} h1 elements.");
            Assert.False(string.IsNullOrWhiteSpace(h1[0].TextContent), $"{file}: the h1 is empty.");
        }
    }

    [Theory]
    [MemberData(nameof(SectionPages))]
    public void Section_page_shows_the_update_date_of_its_front_matter_or_site_yml(string page)
    {
        var expected = ExpectedUpdated(page);
        var time = UpdatedTime(site.Page(Html.OutputOf(page)), Html.OutputOf(page));
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
        Assert.Equal(Norm(Html.DateProse(expected)), Norm(time.TextContent));
    }

    [Fact]
    public void Every_page_shows_an_update_date_taken_from_content_never_the_build_date()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { Iso(Date(DataFile("site.yml"), "updated")!.Value) };
        foreach (var page in Pages())
        {
            known.Add(Iso(ExpectedUpdated(page)));
        }

        foreach (var practice in Practices())
        {
            known.Add(Iso(Date(practice, "date")!.Value));
            if (Date(practice, "updated") is { } updated)
            {
                known.Add(Iso(updated));
            }
        }

        // The premise: neither the build's reference date nor today is a date of the content.
        Assert.DoesNotContain(Iso(site.ReferenceDate), known);
        Assert.DoesNotContain(Iso(DateOnly.FromDateTime(DateTime.Today)), known);
        foreach (var file in site.HtmlFiles())
        {
            var datetime = UpdatedTime(site.Page(file), file).GetAttribute("datetime")!;
            Assert.True(known.Contains(datetime), $"{file}: «Дата обновления» {datetime} is none of the content's dates.");
        }
    }

    [Fact]
    public void Every_table_of_contents_and_every_internal_link_of_the_site_leads_to_an_existing_page_and_anchor()
    {
        var broken = new List<string>();
        var tocs = 0;
        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page(file);
            tocs += page.QuerySelectorAll("nav.toc").Length;
            foreach (var a in page.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var path = hash < 0 ? href : href[..hash];
                var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
                var target = path.Length == 0 ? file : NormalizePath(Path.GetDirectoryName(file)!.Replace('\\', '/'), Uri.UnescapeDataString(path));
                if (!site.Exists(target))
                {
                    broken.Add($"{file}: {href} → {target} does not exist");
                }
                else if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{file}: {href} → no #{fragment} in {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(30)));
        Assert.True(tocs >= 3, "Two chapters of the programme and «Как стать наставником» have tables of contents.");
    }

    [Fact]
    public void Stages_page_shows_every_stage_of_stages_yml_with_its_activities_and_results()
    {
        var stages = Items(DataFile("data/stages.yml"));
        var rows = Rows(site.Page("etapy/index.html"), "table.stages");
        Assert.Equal(stages.Count, rows.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(Norm(Req(stages[i], "stage")), Norm(row.QuerySelector("th")!.TextContent));
            var cells = row.QuerySelectorAll("td").ToArray();
            Assert.Equal(Strings(stages[i], "activities").Select(Norm), cells[^2].QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
            Assert.Equal(Strings(stages[i], "results").Select(Norm), cells[^1].QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
        }
    }

    [Fact]
    public void Every_stage_activity_and_result_of_programme_section_3_is_on_the_stages_page()
    {
        var rows = Rows(site.Page("etapy/index.html"), "table.stages");
        Assert.Equal(Programme.Stages.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (stage, activities, results) = Programme.Stages[i];
            var cells = rows[i].QuerySelectorAll("td").ToArray();
            Assert.Equal(Norm(stage), Norm(rows[i].QuerySelector("th")!.TextContent));
            Assert.Equal(activities.Select(Norm), cells[^2].QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
            var shownResults = Norm(cells[^1].TextContent);
            foreach (var result in results)
            {
                Assert.Contains(Norm(result), shownResults, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Normative_base_lists_every_act_of_acts_yml_with_its_reference_typeset()
    {
        var acts = Items(DataFile("data/acts.yml"));
        var page = site.Page("normativnaya-baza/index.html");
        var shown = page.QuerySelectorAll("main li.act").ToArray();
        Assert.Equal(acts.Count, shown.Length);
        for (var level = 0; level < LevelKeys.Length; level++)
        {
            var expected = acts.Where(a => Req(a, "level") == LevelKeys[level]).ToArray();
            var section = page.QuerySelectorAll("main section").Single(s => Html.Text(s.QuerySelector("h2")!) == LevelHeadings[level]);
            var items = section.QuerySelectorAll("li.act").ToArray();
            Assert.Equal(expected.Length, items.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                var title = Req(expected[i], "title");
                Assert.Contains(Norm(title), Norm(items[i].QuerySelector(".act__title")!.TextContent), StringComparison.Ordinal);
                var reference = items[i].QuerySelector(".act__ref")!.TextContent.Trim();
                var date = Html.DateNumeric(Date(expected[i], "date")!.Value);
                var number = Req(expected[i], "number");
                Assert.Matches(@"^от[\u00A0 ]" + date.Replace(".", @"\.", StringComparison.Ordinal) + " №\u00A0" + System.Text.RegularExpressions.Regex.Escape(number) + "$", reference);
            }
        }
    }

    [Fact]
    public void Acts_are_grouped_under_the_four_level_headings_in_order()
    {
        var headings = Html.Texts(site.Page("normativnaya-baza/index.html"), "main section > h2");
        Assert.Equal(LevelHeadings, headings);
    }

    [Fact]
    public void Every_dated_act_named_in_the_programme_is_listed_with_its_reference()
    {
        var references = site.Page("normativnaya-baza/index.html").QuerySelectorAll("main .act__ref").Select(e => e.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var (date, number) in Programme.Acts)
        {
            Assert.Contains($"от\u00A0{date} №\u00A0{number}", references);
        }
    }

    [Fact]
    public void Forms_page_has_each_form_with_its_goal_tasks_results_and_mechanism()
    {
        var forms = Items(DataFile("data/forms.yml"));
        Assert.Equal(2, forms.Count);
        var page = site.Page("formy/index.html");
        foreach (var form in forms)
        {
            var id = Req(form, "id");
            var section = page.GetElementById(id) ?? throw new InvalidOperationException($"formy/ has no section #{id}.");
            Assert.Equal(Norm("Форма «" + Req(form, "title") + "»"), Norm(section.QuerySelector("h2")!.TextContent));
            Assert.Equal(Norm(Req(form, "goal")), Norm(section.QuerySelector("p.lead")!.TextContent));
            var lists = section.QuerySelectorAll("ul.list-check").ToArray();
            Assert.Equal(Strings(form, "tasks").Select(Norm), lists[0].QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
            Assert.Equal(Strings(form, "results").Select(Norm), lists[1].QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
            var mechanism = Items(form, "mechanism");
            var tables = section.QuerySelectorAll("table");
            var steps = tables[tables.Length - 1].QuerySelectorAll("tbody tr").ToArray();
            Assert.Equal(mechanism.Count, steps.Length);
            for (var i = 0; i < steps.Length; i++)
            {
                Assert.Contains(Norm(Req(mechanism[i], "stage")), Norm(steps[i].TextContent), StringComparison.Ordinal);
                Assert.Contains(Norm(Req(mechanism[i], "activities")), Norm(steps[i].TextContent), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Forms_page_has_the_five_models_of_the_programme_with_their_purposes()
    {
        var page = site.Page("formy/index.html");
        var models = page.QuerySelectorAll("main tr[id]").ToArray();
        Assert.Equal(Programme.Models.Length, models.Length);
        var fromData = Items(DataFile("data/forms.yml")).SelectMany(f => Items(f, "models").Select(m => (Form: Req(f, "id"), Model: m))).ToArray();
        Assert.Equal(fromData.Length, models.Length);
        for (var i = 0; i < models.Length; i++)
        {
            var (form, model) = fromData[i];
            var row = models[i];
            Assert.Equal(Req(model, "id"), row.Id);
            Assert.Equal(form, row.Closest("section")!.Id);
            Assert.Equal(Norm("«" + Req(model, "title") + "»"), Norm(row.QuerySelector("th")!.TextContent));
            Assert.Equal(Norm(Req(model, "purpose")), Norm(row.QuerySelector("td")!.TextContent));

            var (seedForm, seedModel, seedPurpose) = Programme.Models[i];
            Assert.Equal(Programme.Loose(seedModel), Programme.Loose(row.QuerySelector("th")!.TextContent));
            Assert.Contains(Programme.Loose(seedPurpose), Programme.Loose(row.QuerySelector("td")!.TextContent), StringComparison.Ordinal);
            Assert.Contains(Programme.Loose(seedForm), Programme.Loose(row.Closest("section")!.QuerySelector("h2")!.TextContent), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mentor_and_mentee_characteristics_stand_side_by_side_in_a_table_with_column_headers()
    {
        var page = site.Page("formy/index.html");
        foreach (var form in Items(DataFile("data/forms.yml")))
        {
            var section = page.GetElementById(Req(form, "id"))!;
            var table = section.QuerySelectorAll("table").Single(t => Html.Texts(t, "thead th").SequenceEqual(["Наставник", "Наставляемый"]));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            var participants = Items(form, "participants");
            var rows = table.QuerySelectorAll("tbody tr").ToArray();
            Assert.Equal(participants.Count, rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                var cells = rows[i].QuerySelectorAll("td").ToArray();
                Assert.Equal(2, cells.Length);
                Assert.Equal(Norm(Req(participants[i], "mentor")), Norm(cells[0].TextContent));
                Assert.Equal(Norm(Req(participants[i], "mentee")), Norm(cells[1].TextContent));
            }
        }
    }

    [Fact]
    public void Participants_page_has_the_management_table_of_the_programme()
    {
        var management = Items(DataFile("data/management.yml"));
        var section = site.Page("uchastniki/index.html").GetElementById("upravlenie")!.Closest("section")!;
        var table = section.QuerySelector("table")!;
        Assert.Equal(["Исполнитель", "Направления деятельности", "Сроки"], Html.Texts(table, "thead th"));
        var rows = table.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(management.Count, rows.Length);
        Assert.Equal(Programme.Management.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var header = rows[i].QuerySelector("th[scope=row]")!;
            var cells = rows[i].QuerySelectorAll("td").ToArray();
            Assert.Equal(Req(management[i], "executor"), Html.Text(header));
            Assert.Equal(Programme.Management[i].Executor, Html.Text(header));
            var duties = Strings(management[i], "duties");
            Assert.Equal(Programme.Management[i].Duties, duties.Count);
            var shown = cells[0].QuerySelectorAll("li").Select(li => Norm(li.TextContent)).ToArray();
            Assert.Equal(duties.Select(Norm), shown.Length > 0 ? shown : [Norm(cells[0].TextContent)]);
            Assert.Equal(Norm(Req(management[i], "terms")), Norm(cells[1].TextContent));
            Assert.Equal(Norm(Programme.Management[i].Terms), Norm(cells[1].TextContent));
        }
    }

    [Fact]
    public void Participants_page_has_the_roles_and_both_bases()
    {
        var participants = DataFile("data/participants.yml");
        var main = Html.MainOf(site.Page("uchastniki/index.html"));
        Assert.Equal(Items(participants, "roles").Select(r => Req(r, "name")), Html.Texts(main.QuerySelector("#roli")!.Closest("section")!, "h3"));
        var bases = main.QuerySelector("#bazy")!.Closest("section")!;
        var titles = Html.Texts(bases, "h3");
        foreach (var b in Items(participants, "mentee_bases").Append(Map(participants)["mentor_base"]!))
        {
            Assert.Contains(Norm(Req(b, "title")), titles.Select(Norm));
            var card = bases.QuerySelectorAll("h3").Single(h => Norm(h.TextContent) == Norm(Req(b, "title"))).ParentElement!;
            Assert.Equal(Strings(b, "categories").Select(Norm), card.QuerySelectorAll("li").Select(li => Norm(li.TextContent)));
        }
    }

    [Fact]
    public void Documents_page_links_every_file_with_its_type_and_size_and_the_programme_pdf_among_them()
    {
        var withFile = Items(DataFile("data/documents.yml")).Where(d => Str(d, "file") is not null).ToArray();
        Assert.Contains(withFile, d => Req(d, "kind") == "Программа" && Req(d, "file").EndsWith(".pdf", StringComparison.Ordinal));
        foreach (var document in withFile)
        {
            var source = Path.Combine(ContentRoot, Req(document, "file"));
            var item = site.Page("dokumenty/index.html").GetElementById(Req(document, "id"))!;
            var link = Assert.Single(item.QuerySelectorAll("a[href]"));
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("../", href, StringComparison.Ordinal);
            var published = href["../".Length..];
            Assert.True(site.Exists(published), $"The link {href} leads nowhere.");
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(site.Output, published)));

            var type = Path.GetExtension(source).TrimStart('.').ToUpperInvariant();
            var size = new FileInfo(source).Length;
            var match = System.Text.RegularExpressions.Regex.Match(link.TextContent, type + ", (\\d+)\u00A0КБ");
            Assert.True(size >= 1024 * 1024 || match.Success, $"The link says «{link.TextContent}», not «{type}, NN КБ».");
            if (match.Success)
            {
                var kilobytes = size / 1024d;
                Assert.InRange(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Math.Floor(kilobytes), Math.Ceiling(kilobytes));
            }

            if (Date(document, "date") is { } date && Str(document, "number") is { } number)
            {
                Assert.Equal($"от\u00A0{Html.DateNumeric(date)} №\u00A0{number}", item.QuerySelector(".doc__ref")!.TextContent.Trim());
            }

            if (Req(document, "kind") == "Программа")
            {
                var programme = site.Page("programma/index.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href"));
                Assert.Contains(href, programme);
            }
        }
    }

    [Fact]
    public void Documents_without_a_file_show_no_link()
    {
        var page = site.Page("dokumenty/index.html");
        var documents = Items(DataFile("data/documents.yml"));
        Assert.Equal(documents.Count, page.QuerySelectorAll("main li.doc").Length);
        var withoutFile = documents.Where(d => Str(d, "file") is null).ToArray();
        Assert.NotEmpty(withoutFile);
        foreach (var d in withoutFile)
        {
            var item = page.GetElementById(Req(d, "id")) ?? throw new InvalidOperationException($"dokumenty/ has no #{Req(d, "id")}.");
            Assert.Empty(item.QuerySelectorAll("a"));
            Assert.Equal(Norm(Req(d, "title")), Norm(item.QuerySelector("h2")!.TextContent));
            Assert.Equal(Flag(d, "example"), item.QuerySelector(".badge")?.TextContent.Contains("Пример", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Home_page_shows_the_curator_contact_from_site_yml()
    {
        var curator = Map(DataFile("site.yml"))["curator"]!;
        var card = site.Page("index.html").QuerySelector("main .contact-card") ?? throw new InvalidOperationException("The home page has no curator card.");
        var text = Html.Text(card);
        Assert.Contains(Req(curator, "position"), text, StringComparison.Ordinal);
        Assert.Contains(Req(curator, "phone"), text, StringComparison.Ordinal);
        Assert.Contains(Req(curator, "email"), text, StringComparison.Ordinal);
        var digits = string.Concat(Req(curator, "phone").Where(c => char.IsAsciiDigit(c) || c == '+'));
        Assert.Contains(card.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "tel:" + digits);
        Assert.Contains(card.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "mailto:" + Req(curator, "email"));
        if (!Flag(curator, "consent") && Str(curator, "name") is { Length: > 0 } name)
        {
            Assert.DoesNotContain(name, site.Read("index.html"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Home_page_key_numbers_are_counted_from_the_library_with_russian_plurals()
    {
        var practices = Practices();
        var numbers = site.Page("index.html").QuerySelectorAll("main .library-numbers li").Select(Html.Text).ToArray();
        Assert.Contains($"{practices.Count} {Html.Plural(practices.Count, "практика", "практики", "практик")} в копилке", numbers);
        foreach (var form in Items(DataFile("data/forms.yml")))
        {
            var n = practices.Count(p => Norm(Req(p, "form")) == Norm(Req(form, "title")));
            Assert.Contains(Norm($"{n} {Html.Plural(n, "практика", "практики", "практик")} формы «{Req(form, "title")}»"), numbers.Select(Norm));
        }

        foreach (var kind in Items(DataFile("data/kinds.yml")))
        {
            var n = practices.Count(p => Norm(Req(p, "kind")) == Norm(Req(kind, "title")));
            var line = Norm($"{n} {Html.Plural(n, "практика", "практики", "практик")} вида «{Req(kind, "title")}»");
            if (n > 0)
            {
                Assert.Contains(line, numbers.Select(Norm));
            }
            else
            {
                Assert.DoesNotContain(numbers, l => Norm(l).Contains(Norm("«" + Req(kind, "title") + "»"), StringComparison.Ordinal));
            }
        }
    }

    private static DateOnly ExpectedUpdated(string page) =>
        Date(FrontMatter(page), "updated") ?? Date(DataFile("site.yml"), "updated")!.Value;

    /// <summary>«a/b» + «../c/index.html» → «c/index.html».</summary>
    private static string NormalizePath(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                Assert.True(parts.Count > 0, $"«{relative}» leaves the site from «{folder}».");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Whether a sitemap address (relative without base_url, absolute with it) is the page <paramref name="output"/>.</summary>
    private static bool Locates(string loc, string output, string baseUrl)
    {
        var relative = loc.StartsWith(baseUrl, StringComparison.Ordinal) ? loc[baseUrl.Length..] : loc;
        var folder = output.EndsWith("index.html", StringComparison.Ordinal) ? output[..^"index.html".Length] : null;
        return relative == output || relative == folder;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IElement UpdatedTime(IDocument page, string file)
    {
        var lines = page.QuerySelectorAll("main .updated").ToArray();
        Assert.True(lines.Length == 1, $"{file} has {lines.Length} «Дата обновления» lines.");
        Assert.StartsWith("Дата обновления:", Html.Text(lines[0]), StringComparison.Ordinal);
        return lines[0].QuerySelector("time[datetime]") ?? throw new InvalidOperationException($"{file}: «Дата обновления» has no <time>.");
    }

    private static List<IElement> Rows(IDocument page, string table) =>
        [.. (page.QuerySelector("main " + table) ?? throw new InvalidOperationException($"No {table}.")).QuerySelectorAll("tbody > tr")];
}
