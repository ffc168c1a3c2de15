using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Dom;
using Mentoring.Site.Yaml;
using static Mentoring.Site.Tests.RealSite.RealContent;

namespace Mentoring.Site.Tests.RealSite;

/// <summary>
/// The monitoring pages of the real site against content/data/monitoring.yml: the monitoring page with the latest
/// year's key figures, the summary and the stage-1 indicators over the years; a page per year; a page of the charts
/// over the years. The example mark, the four kinds of chart as inline SVG (well-formed, titled, described, each with
/// its data table), every figure as published after suppression, and the library's practices counted per year.
/// </summary>
public sealed partial class MonitoringPageTests(RealSite site) : IClassFixture<RealSite>
{
    private const string IndexPath = "monitoring/index.html";
    private const string ChartsPath = "monitoring/uchastniki-i-pary/index.html";
    private const string Hidden = "скрыто";

    private static readonly YamlNode Data = DataFile("data/monitoring.yml");

    private static int Threshold => Int(Data, "threshold");

    private static string Small => $"менее {Threshold}";

    private static IReadOnlyList<YamlNode> Years => Items(Data, "years");

    private IDocument Page => site.Page(IndexPath);

    private IDocument Charts => site.Page(ChartsPath);

    private static string YearPath(YamlNode year) => $"monitoring/{Req(year, "year").Replace('/', '-')}/index.html";

    private IDocument YearPage(YamlNode year) => site.Page(YearPath(year));

    /// <summary>The monitoring page, each year's page and the charts page.</summary>
    private IEnumerable<(string Path, IDocument Page)> AllPages() =>
        new[] { IndexPath, ChartsPath }.Concat(Years.Select(YearPath)).Select(p => (p, site.Page(p)));

    [Fact]
    public void Every_year_of_monitoring_yml_has_a_page_of_its_own_linked_from_the_monitoring_page()
    {
        var links = Page.QuerySelectorAll("main #mon-years ~ ul.monitoring-years a[href]").Select(a => (Html.Text(a), a.GetAttribute("href")!)).ToArray();
        Assert.Equal(Years.Reverse().Select(y => (Req(y, "year") + " учебный год", Req(y, "year").Replace('/', '-') + "/index.html")), links);
        for (var i = 0; i < Years.Count; i++)
        {
            var year = Years[i];
            var name = Req(year, "year");
            var page = YearPage(year);
            Assert.Equal($"Мониторинг за {name} учебный год", Html.Text(page.QuerySelector("h1")!));
            Assert.Equal(["Главная", "Мониторинг", $"Мониторинг за {name} учебный год"], Html.Texts(page, "nav.breadcrumbs li"));
            Assert.Equal("../index.html", page.QuerySelectorAll("nav.breadcrumbs a")[1].GetAttribute("href"));
            if (Str(year, "note") is { } note)
            {
                Assert.Contains(Norm(note), Norm(Html.MainOf(page).TextContent), StringComparison.Ordinal);
            }

            // The years before and after, and both copies of the menu mark «Мониторинг» as the current section.
            Assert.Equal(i > 0 ? $"../{Req(Years[i - 1], "year").Replace('/', '-')}/index.html" : null, page.QuerySelector("main a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i + 1 < Years.Count ? $"../{Req(Years[i + 1], "year").Replace('/', '-')}/index.html" : null, page.QuerySelector("main a[rel=next]")?.GetAttribute("href"));
            var current = page.QuerySelectorAll(".nav-list a[aria-current]").ToArray();
            Assert.Equal(2, current.Length);
            Assert.All(current, a => Assert.Equal(("true", "Мониторинг"), (a.GetAttribute("aria-current"), Html.Text(a))));
        }

        Assert.Contains(Page.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "uchastniki-i-pary/index.html");
        Assert.Equal(["Главная", "Мониторинг", "Участники и пары по годам"], Html.Texts(Charts, "nav.breadcrumbs li"));
        Assert.Equal(Years.Count, Charts.QuerySelectorAll("main nav.monitoring-nav a[href]").Length);
    }

    [Fact]
    public void Example_figures_are_marked_as_an_example_on_every_monitoring_page()
    {
        foreach (var (path, page) in AllPages())
        {
            var text = Html.MainOf(page).TextContent;
            Assert.True(Flag(Data, "example") == text.Contains("Пример данных", StringComparison.Ordinal), $"{path}: the example mark is wrong.");
            Assert.Contains($"показывается как «{Small}»", Html.Text(Html.MainOf(page)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Four_kinds_of_chart_are_inline_svg_with_title_and_desc_each_followed_by_its_data_table()
    {
        var expected = new List<string> { "mnt-participants", "mnt-pairs" };
        foreach (var year in Years)
        {
            var slug = Req(year, "year").Replace('/', '-');
            if (Map(year)["stage1"] is not null)
            {
                expected.Add($"mnt-{slug}-stage1");
            }

            if (Items(year, "stage2").Count > 0)
            {
                expected.Add($"mnt-{slug}-stage2");
            }
        }

        // The charts over the years on their page, a year's charts on the year's page, none on the monitoring page.
        Assert.Empty(Page.QuerySelectorAll("main svg"));
        Assert.Equal(["mnt-participants", "mnt-pairs"], Charts.QuerySelectorAll("main svg.mnt-chart").Select(c => c.Id!));
        foreach (var year in Years)
        {
            var slug = Req(year, "year").Replace('/', '-');
            Assert.All(YearPage(year).QuerySelectorAll("main svg.mnt-chart"), c => Assert.StartsWith($"mnt-{slug}-", c.Id!, StringComparison.Ordinal));
        }

        var charts = AllPages().SelectMany(p => p.Page.QuerySelectorAll("main svg.mnt-chart")).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal), charts.Select(c => c.Id!).Order(StringComparer.Ordinal));
        foreach (var svg in charts)
        {
            var title = svg.Children.FirstOrDefault(c => c.LocalName == "title");
            var desc = svg.Children.FirstOrDefault(c => c.LocalName == "desc");
            Assert.True(title is not null && desc is not null, $"{svg.Id} has no <title> or <desc>.");
            Assert.False(string.IsNullOrWhiteSpace(title!.TextContent), $"{svg.Id}: empty <title>.");
            Assert.False(string.IsNullOrWhiteSpace(desc!.TextContent), $"{svg.Id}: empty <desc>.");
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal($"{title.Id} {desc.Id}", svg.GetAttribute("aria-labelledby"));

            var figure = svg.Closest("figure") ?? throw new InvalidOperationException($"{svg.Id} is not in a figure.");
            var table = figure.QuerySelector("table") ?? throw new InvalidOperationException($"{svg.Id} has no data table.");
            Assert.True(svg.CompareDocumentPosition(table).HasFlag(DocumentPositions.Following), $"The data table of {svg.Id} comes before the chart.");
            Assert.Equal(Norm(title.TextContent), Norm(table.QuerySelector("caption")!.TextContent));
            Assert.NotEmpty(table.QuerySelectorAll("thead th[scope=col]"));
            Assert.NotEmpty(table.QuerySelectorAll("tbody th[scope=row]"));
        }
    }

    [Fact]
    public void Every_svg_of_the_monitoring_pages_is_well_formed_xml()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var (path, page) in AllPages())
        {
            var sources = SvgSource().Matches(site.Read(path)).Select(m => m.Value).ToArray();
            Assert.Equal(page.QuerySelectorAll("svg").Length, sources.Length);
            foreach (var source in sources)
            {
                var xml = new XmlDocument { XmlResolver = null };
                using (var reader = XmlReader.Create(new StringReader(source), settings))
                {
                    xml.Load(reader);
                }

                Assert.Equal("svg", xml.DocumentElement!.LocalName);
                if (xml.DocumentElement.GetAttribute("class") == "mnt-chart")
                {
                    Assert.Equal("http://www.w3.org/2000/svg", xml.DocumentElement.NamespaceURI);
                    var ns = new XmlNamespaceManager(xml.NameTable);
                    ns.AddNamespace("s", "http://www.w3.org/2000/svg");
                    Assert.NotNull(xml.DocumentElement.SelectSingleNode("s:title", ns));
                    Assert.NotNull(xml.DocumentElement.SelectSingleNode("s:desc", ns));
                }
            }
        }
    }

    [Fact]
    public void Participants_tables_show_each_year_after_suppression()
    {
        foreach (var year in Years)
        {
            var participants = Map(year)["participants"]!;
            var mentors = Map(participants)["mentors"]!;
            var mentees = Map(participants)["mentees"]!;
            int[] mentorParts = [Int(mentors, "teachers"), Int(mentors, "students")];
            int[] menteeParts = [Int(mentees, "young_specialists"), Int(mentees, "adapting_teachers"), Int(mentees, "students")];
            var table = YearTable(year, "Участники программы наставничества");
            var cells = table.QuerySelectorAll("tbody tr").Select(r => Html.Text(r.QuerySelector("td")!)).ToArray();
            Assert.Equal(7, cells.Length);
            int[] raw = [.. mentorParts, mentorParts.Sum(), .. menteeParts, menteeParts.Sum()];
            for (var i = 0; i < raw.Length; i++)
            {
                AssertShown(raw[i], cells[i], $"{Req(year, "year")}, participants row {i + 1}");
            }

            AssertNotComputable(cells[..2], cells[2], $"{Req(year, "year")}, mentors");
            AssertNotComputable(cells[3..6], cells[6], $"{Req(year, "year")}, mentees");
        }
    }

    [Fact]
    public void Pairs_tables_show_each_form_and_model_after_suppression()
    {
        foreach (var year in Years)
        {
            var rows = YearTable(year, "Наставнические пары и группы по формам и моделям").QuerySelectorAll("tbody tr").ToArray();
            var forms = Items(year, "forms");
            var expectedRows = forms.Sum(f => 1 + Items(f, "models").Count);
            Assert.Equal(expectedRows, rows.Length);
            var r = 0;
            foreach (var form in forms)
            {
                var formRow = rows[r++];
                Assert.Equal(Norm(Req(form, "form")), Norm(formRow.QuerySelector("th")!.TextContent));
                var models = Items(form, "models");
                var modelRows = rows[r..(r + models.Count)];
                r += models.Count;
                foreach (var (column, key) in new[] { (0, "pairs"), (1, "groups") })
                {
                    var formCell = Html.Text(formRow.QuerySelectorAll("td")[column]);
                    AssertShown(Int(form, key), formCell, $"{Req(year, "year")}, {Req(form, "form")}, {key}");
                    var modelCells = new string[models.Count];
                    for (var m = 0; m < models.Count; m++)
                    {
                        Assert.Equal(Norm("в том числе «" + Req(models[m], "model") + "»"), Norm(modelRows[m].QuerySelector("th")!.TextContent));
                        modelCells[m] = Html.Text(modelRows[m].QuerySelectorAll("td")[column]);
                        AssertShown(Int(models[m], key), modelCells[m], $"{Req(year, "year")}, {Req(models[m], "model")}, {key}");
                    }

                    AssertNotComputable(modelCells, formCell, $"{Req(year, "year")}, models of {Req(form, "form")}, {key}");
                }
            }
        }
    }

    [Fact]
    public void Charts_of_participants_and_pairs_per_year_have_the_data_after_suppression()
    {
        var participants = ChartTable(Charts, "mnt-participants");
        var pairs = ChartTable(Charts, "mnt-pairs");
        var forms = Items(DataFile("data/forms.yml")).Select(f => Req(f, "title")).ToArray();
        Assert.Equal(["Учебный год", "Наставники", "Наставляемые"], Html.Texts(participants, "thead th"));
        Assert.Equal(["Учебный год", .. forms.Select(Norm)], Html.Norms(pairs, "thead th").Select((h, i) => i == 0 ? Html.Text(pairs.QuerySelectorAll("thead th")[0]) : h));
        foreach (var year in Years)
        {
            var name = Req(year, "year");
            var p = Map(year)["participants"]!;
            var row = RowOf(participants, name);
            AssertShown(Int(Map(p)["mentors"]!, "teachers") + Int(Map(p)["mentors"]!, "students"), row[0], name + ", mentors");
            AssertShown(Int(Map(p)["mentees"]!, "young_specialists") + Int(Map(p)["mentees"]!, "adapting_teachers") + Int(Map(p)["mentees"]!, "students"), row[1], name + ", mentees");

            var pairsRow = RowOf(pairs, name);
            for (var f = 0; f < forms.Length; f++)
            {
                var form = Items(year, "forms").FirstOrDefault(x => Norm(Req(x, "form")) == Norm(forms[f]));
                AssertShown(form is null ? 0 : Int(form, "pairs"), pairsRow[f], $"{name}, pairs of {forms[f]}");
            }
        }
    }

    [Fact]
    public void Summary_table_has_each_year_with_totals_events_practices_and_the_stage_1_result()
    {
        var table = Page.QuerySelectorAll("main table").Single(t => Html.Text(t.QuerySelector("caption")!) == "Наставничество по учебным годам");
        Assert.Equal(["Учебный год", "Наставники", "Наставляемые", "Мероприятия", "Практики в копилке", "Итог первого этапа", "Уровень"], Html.Texts(table, "thead th"));
        var practices = PracticesPerYear();
        foreach (var year in Years)
        {
            var name = Req(year, "year");
            var row = RowOf(table, name);
            var p = Map(year)["participants"]!;
            AssertShown(Int(Map(p)["mentors"]!, "teachers") + Int(Map(p)["mentors"]!, "students"), row[0], name + ", mentors");
            AssertShown(Int(Map(p)["mentees"]!, "young_specialists") + Int(Map(p)["mentees"]!, "adapting_teachers") + Int(Map(p)["mentees"]!, "students"), row[1], name + ", mentees");
            Assert.Equal(Req(year, "events"), row[2]);
            Assert.Equal(practices.GetValueOrDefault(name).ToString(CultureInfo.InvariantCulture), row[3]);
            var (total, band) = StageOne(year);
            Assert.Equal($"{total} из {MaxTotal} баллов", row[4]);
            Assert.Equal(band, row[5]);
        }
    }

    [Fact]
    public void Stage_1_chart_of_each_year_shows_its_total_against_the_bands()
    {
        var bands = Items(Data, "bands");
        foreach (var year in Years)
        {
            var (total, band) = StageOne(year);
            var slug = Req(year, "year").Replace('/', '-');
            var page = YearPage(year);
            var table = ChartTable(page, $"mnt-{slug}-stage1");
            Assert.Equal($"{total} из {MaxTotal} баллов", RowOf(table, "Итоговый балл")[0]);
            Assert.Equal(band, RowOf(table, "Уровень")[0]);
            foreach (var b in bands)
            {
                Assert.Equal($"{Req(b, "from")}–{Req(b, "to")} баллов", RowOf(table, $"Уровень «{Req(b, "title")}»")[0]);
            }

            var svg = page.GetElementById($"mnt-{slug}-stage1")!;
            Assert.Contains($"{total} из {MaxTotal}", Html.Text(svg.QuerySelector("desc")!), StringComparison.Ordinal);
            Assert.Contains(Norm($"{Req(year, "year")} учебный год"), Norm(page.QuerySelector("h1")!.TextContent), StringComparison.Ordinal);
            Assert.Contains(Norm($"Оценка программы: {total} из {MaxTotal} баллов — {band} уровень"), Norm(page.GetElementById("mon-stage1")!.TextContent), StringComparison.Ordinal);
            Assert.Same(svg.Closest("section"), page.GetElementById("mon-stage1")!.ParentElement);
        }
    }

    [Fact]
    public void Indicators_table_has_every_score_of_every_year()
    {
        var indicators = Items(Data, "indicators");
        var table = Page.QuerySelectorAll("main table").Single(t => Html.Text(t.QuerySelector("caption")!).StartsWith("Показатели первого этапа", StringComparison.Ordinal));
        var rows = table.QuerySelectorAll("tbody tr").ToArray();
        for (var i = 0; i < indicators.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(Html.Text).ToArray();
            Assert.Equal(Norm(Req(indicators[i], "text")), Norm(cells[0]));
            for (var y = 0; y < Years.Count; y++)
            {
                var score = Items(Map(Years[y])["stage1"]!, "scores").Single(s => Req(s, "indicator") == Req(indicators[i], "id"));
                Assert.Equal(Req(score, "score"), cells[1 + y]);
            }
        }
    }

    [Fact]
    public void Stage_2_chart_of_each_year_has_every_parameter_before_and_after_after_suppression()
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        foreach (var year in Years)
        {
            var table = ChartTable(YearPage(year), $"mnt-{Req(year, "year").Replace('/', '-')}-stage2");
            Assert.Equal(["Параметр", "Участников", "На входе", "По итогам"], Html.Texts(table, "thead th"));
            var parameters = Items(year, "stage2");
            Assert.Equal(parameters.Count, table.QuerySelectorAll("tbody tr").Length);
            foreach (var parameter in parameters)
            {
                var where = $"{Req(year, "year")}, «{Req(parameter, "name")}»";
                var row = RowOf(table, Req(parameter, "name"), Norm);
                var of = Int(parameter, "of");
                AssertShown(of, row[0], where + ", participants");
                foreach (var (column, key) in new[] { (1, "before"), (2, "after") })
                {
                    var value = Dec(parameter, key);
                    if (Req(parameter, "unit") == "чел.")
                    {
                        var count = (int)value;
                        if (count is > 0 && count < Threshold)
                        {
                            Assert.Equal(Small, row[column]);
                        }
                        else
                        {
                            Assert.Equal($"{count} чел.", row[column]);
                        }
                    }
                    else if (of < Threshold)
                    {
                        Assert.StartsWith("нет данных", row[column], StringComparison.Ordinal);
                    }
                    else
                    {
                        Assert.Equal(value.ToString("0.##", ru) + " " + Req(parameter, "unit"), row[column]);
                    }
                }
            }
        }
    }

    [Fact]
    public void Practices_per_year_are_counted_from_the_library_not_typed()
    {
        Assert.All(Years, y => Assert.Null(Map(y)["practices"]));
        var practices = PracticesPerYear();
        Assert.Equal(Practices().Count, practices.Values.Sum());
        foreach (var year in Years)
        {
            var name = Req(year, "year");
            var section = YearPage(year).GetElementById("mon-participants")!.ParentElement!;
            Assert.Contains($"Опубликовано практик в методической копилке: {practices.GetValueOrDefault(name)}.", Html.Text(section), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Key_figures_of_the_latest_year_agree_in_number_with_their_words()
    {
        var latest = Years[^1];
        var p = Map(latest)["participants"]!;
        var mentors = Int(Map(p)["mentors"]!, "teachers") + Int(Map(p)["mentors"]!, "students");
        var mentees = Int(Map(p)["mentees"]!, "young_specialists") + Int(Map(p)["mentees"]!, "adapting_teachers") + Int(Map(p)["mentees"]!, "students");
        var events = Int(latest, "events");
        var practices = PracticesPerYear().GetValueOrDefault(Req(latest, "year"));
        var figures = Html.Texts(Page.GetElementById("mon-latest")!.ParentElement!, "li");
        Assert.Contains(Norm($"{mentors} {Html.Plural(mentors, "наставник", "наставника", "наставников")}"), figures.Select(Norm));
        Assert.Contains(Norm($"{mentees} {Html.Plural(mentees, "наставляемый", "наставляемых", "наставляемых")}"), figures.Select(Norm));
        Assert.Contains(Norm($"{events} {Html.Plural(events, "мероприятие", "мероприятия", "мероприятий")}"), figures.Select(Norm));
        Assert.Contains(Norm($"{practices} {Html.Plural(practices, "практика", "практики", "практик")} в копилке"), figures.Select(Norm));
        Assert.Contains(Page.GetElementById("mon-latest")!.ParentElement!.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == YearPath(latest)["monitoring/".Length..]);
    }

    [Fact]
    public void The_key_figure_of_the_programme_score_keeps_the_number_in_its_value_and_the_word_in_its_label()
    {
        // «16 из 18» in large type, «баллов: оценка программы…» in the label: a narrow card breaks between words only.
        var (total, band) = StageOne(Years[^1]);
        var card = Page.GetElementById("mon-latest")!.ParentElement!.QuerySelectorAll(".key-figures li").Single(li => Html.Text(li).Contains("оценка программы", StringComparison.Ordinal));
        Assert.Equal($"{total} из {MaxTotal}", Html.Text(card.QuerySelector(".key-value")!));
        Assert.Equal($"баллов: оценка программы, {band} уровень", Html.Text(card.QuerySelector(".key-label")!));
        Assert.Equal($"{total} из\u00A0{MaxTotal}", card.QuerySelector(".key-value")!.TextContent);
    }

    private static int MaxTotal => Items(Data, "indicators").Count * Int(Data, "max_score");

    private static (int Total, string Band) StageOne(YamlNode year)
    {
        var total = Items(Map(year)["stage1"]!, "scores").Sum(s => Int(s, "score"));
        var band = Items(Data, "bands").Single(b => Int(b, "from") <= total && total <= Int(b, "to"));
        return (total, Req(band, "title"));
    }

    private static Dictionary<string, int> PracticesPerYear() =>
        Practices().GroupBy(p => AcademicYear(Date(p, "date")!.Value)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>A count of people as published: 1 … threshold−1 is «менее 5»; others are the number, or «скрыто» when hiding it protects a small one.</summary>
    private static void AssertShown(int raw, string cell, string where)
    {
        if (raw > 0 && raw < Threshold)
        {
            Assert.True(cell == Small, $"{where}: {raw} is published as «{cell}», not «{Small}».");
        }
        else
        {
            Assert.True(cell == raw.ToString(CultureInfo.InvariantCulture) || cell == Hidden, $"{where}: {raw} is published as «{cell}».");
        }
    }

    /// <summary>Complementary suppression: with the total shown, exactly one hidden part could be computed from it.</summary>
    private static void AssertNotComputable(string[] parts, string total, string where)
    {
        if (int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var hidden = parts.Count(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
            Assert.True(hidden != 1, $"{where}: one part is hidden but can be computed from the total {total}: {string.Join(", ", parts)}.");
        }
    }

    private IElement YearTable(YamlNode year, string caption)
    {
        var full = $"{caption}, {Req(year, "year")} учебный год";
        return YearPage(year).QuerySelectorAll("main table").SingleOrDefault(t => Html.Text(t.QuerySelector("caption")!) == full)
            ?? throw new InvalidOperationException($"No table «{full}».");
    }

    private static IElement ChartTable(IDocument page, string chartId) =>
        page.GetElementById(chartId)?.Closest("figure")?.QuerySelector("table") ?? throw new InvalidOperationException($"No data table for {chartId}.");

    /// <summary>The data cells of the row whose header is <paramref name="header"/>.</summary>
    private static string[] RowOf(IElement table, string header, Func<string, string>? compare = null)
    {
        compare ??= s => s;
        var row = table.QuerySelectorAll("tbody tr").SingleOrDefault(r => compare(Html.Text(r.QuerySelector("th")!)) == compare(header))
            ?? throw new InvalidOperationException($"No row «{header}» in «{Html.Text(table.QuerySelector("caption")!)}».");
        return [.. row.QuerySelectorAll("td").Select(Html.Text)];
    }

    [GeneratedRegex(@"<svg\b[\s\S]*?</svg>")]
    private static partial Regex SvgSource();
}
