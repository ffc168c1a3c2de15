using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Mentoring.Site.Monitoring;
using Mentoring.Site.Monitoring.Charts;

namespace Mentoring.Site.Tests.Monitoring;

public sealed partial class ChartTests
{
    private const string SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A year where the teachers' form has 3 pairs (small), mentors are 3 teachers and 11 students (complementary),
    /// and the stage-2 percentage is over 4 people.
    /// </summary>
    private static string SmallYear(int teacherPairs = 3, int mentorTeachers = 3, int mentorStudents = 11) => MonitoringFixture.File($$"""
          - year: 2023/2024
            participants:
              mentors: { teachers: {{mentorTeachers}}, students: {{mentorStudents}} }
              mentees: { young_specialists: 2, adapting_teachers: 1, students: 24 }
            forms:
              - form: Ученик – ученик
                pairs: 13
                groups: 0
              - form: Педагог – педагог
                pairs: {{teacherPairs}}
                groups: 0
            stage1:
              scores:
                - { indicator: a1, score: 2 }
                - { indicator: a2, score: 2 }
                - { indicator: a3, score: 1 }
                - { indicator: a4, score: 2 }
                - { indicator: a5, score: 2 }
                - { indicator: b1, score: 2 }
                - { indicator: b2, score: 1 }
                - { indicator: c1, score: 2 }
                - { indicator: c2, score: 1 }
            stage2:
              - name: Доля педагогов, применяющих цифровые инструменты
                unit: "%"
                of: 4
                before: 25
                after: 75
              - name: Доля обучающихся без неудовлетворительных отметок
                unit: "%"
                of: 24
                before: 56.3
                after: 79.2
              - name: Обучающиеся в кружках
                unit: чел.
                of: 24
                before: 3
                after: 13
        """);

    private static MonitoringReport Report(string yaml)
    {
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        return report!;
    }

    private static IEnumerable<MonitoringChart> Charts(MonitoringReport r)
    {
        yield return r.ParticipantsChart!;
        yield return r.PairsChart!;
        foreach (var y in r.Years)
        {
            if (y.Stage1 is not null)
            {
                yield return y.Stage1.Chart;
            }

            if (y.Stage2Chart is not null)
            {
                yield return y.Stage2Chart;
            }
        }
    }

    private static XmlDocument Parse(string svg)
    {
        var doc = new XmlDocument();
        doc.LoadXml(svg);
        return doc;
    }

    /// <summary>Everything a person can read: title, desc and every text element.</summary>
    private static string ReadableText(XmlDocument doc) =>
        string.Join(" | ", doc.GetElementsByTagName("title").Cast<XmlNode>()
            .Concat(doc.GetElementsByTagName("desc").Cast<XmlNode>())
            .Concat(doc.GetElementsByTagName("text").Cast<XmlNode>())
            .Select(n => n.InnerText));

    private static HashSet<string> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\d+(?:,\d+)?")]
    private static partial Regex NumberPattern();

    [Fact]
    public void Every_chart_is_well_formed_with_role_title_desc_and_labelledby()
    {
        foreach (var chart in Charts(Report(SmallYear())))
        {
            var doc = Parse(chart.Svg);
            var svg = doc.DocumentElement!;
            Assert.Equal(SvgNs, svg.NamespaceURI);
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal(chart.Id, svg.GetAttribute("id"));
            Assert.Equal($"{chart.Id}-title {chart.Id}-desc", svg.GetAttribute("aria-labelledby"));
            var title = Assert.Single(doc.GetElementsByTagName("title").Cast<XmlElement>());
            Assert.Equal(chart.Id + "-title", title.GetAttribute("id"));
            Assert.Equal(chart.Title, title.InnerText);
            var desc = Assert.Single(doc.GetElementsByTagName("desc").Cast<XmlElement>());
            Assert.Equal(chart.Id + "-desc", desc.GetAttribute("id"));
            Assert.Equal(chart.Description, desc.InnerText);
            Assert.Equal("100%", svg.GetAttribute("width"));
            var viewBox = svg.GetAttribute("viewBox").Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(4, viewBox.Length);
            Assert.InRange(viewBox[2], 320, 400);
            Assert.Equal(chart.Title, chart.Table.Caption);
            Assert.NotEmpty(chart.Table.Rows);
            Assert.All(chart.Table.Rows, r => Assert.Equal(chart.Table.ColumnHeaders.Count, r.Count));
        }
    }

    [Fact]
    public void Colours_go_through_css_custom_properties_with_fallbacks()
    {
        var svg = Report(SmallYear()).PairsChart!.Svg;
        // Without the stylesheet (or custom properties) the plain attribute paints; the class lets a colour scheme restyle it.
        Assert.Matches("<rect [^>]*class=\"f-c1 s-ax\" fill=\"#1f5f99\" stroke=\"#595959\"", svg);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        // Text inherits the root's colour; only the axis labels have their own.
        Assert.Matches("^<svg [^>]*class=\"mnt-chart\"[^>]* fill=\"currentColor\">", svg);
        Assert.Contains("<text x=\"56\" y=\"18\">", svg, StringComparison.Ordinal);
        // The second series is told apart by a pattern, not only by colour.
        Assert.Contains("<pattern id=\"mnt-pairs-s1\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#mnt-pairs-s1)\"", svg, StringComparison.Ordinal);
    }

    /// <summary>Every paint class the charts write is painted by the theme's monitoring.css, through its custom property with the same fallback.</summary>
    [Fact]
    public void The_theme_paints_every_class_the_charts_use()
    {
        var css = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "themes", "default", "static", "css", "monitoring.css")).Replace(" ", string.Empty, StringComparison.Ordinal);
        var report = Report(SmallYear());
        BandSegment[] four = [new(0, 4, "низкий"), new(5, 9, "средний"), new(10, 14, "высокий"), new(15, 18, "оптимальный")];
        var extra = new[]
        {
            BandScaleChart.Render("b", "Итог", four, 18, 16).Svg,
            GroupedBarChart.Render("g", "Пары", "Год", ["2023/2024"], [.. Enumerable.Range(1, 4).Select(i => new BarSeries("Ряд " + i, [ChartValue.Shown(i, i.ToString(CultureInfo.InvariantCulture))]))]).Svg,
        };
        var used = Charts(report).Select(c => c.Svg).Concat(extra)
            .SelectMany(svg => PaintClass().Matches(svg).Select(m => m.Groups[1].Value.Split(' ')))
            .SelectMany(x => x).ToHashSet();
        Assert.Superset(new HashSet<string> { "f-c1", "f-c4", "f-b4", "s-ax", "s-bf", "f-mk" }, used);
        var all = new[] { Paint.Text, Paint.Axis, Paint.Grid, Paint.Background, Paint.Hidden, Paint.Marker, Paint.Before, Paint.After }
            .Concat(Enumerable.Range(0, 4).SelectMany(i => new[] { Paint.Series(i), Paint.Band(i) }));
        foreach (var name in used)
        {
            var paint = all.Single(p => p.Key == name[2..]);
            var property = name[0] == 'f' ? "fill" : "stroke";
            Assert.Contains($".mnt-chart .{name}{{{property}:{paint.Css}}}".Replace(" ", string.Empty, StringComparison.Ordinal), css, StringComparison.Ordinal);
            Assert.Contains($"{paint.Variable}:", css, StringComparison.Ordinal);
        }

        Assert.Contains($".mnt-chart{{fill:{Paint.Text.Css}}}", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"((?:[fs]-[a-z0-9]+ ?)+)\"")]
    private static partial Regex PaintClass();

    [Fact]
    public void Hidden_values_are_hatched_labelled_and_never_printed()
    {
        var report = Report(SmallYear());
        var pairs = report.PairsChart!;
        var doc = Parse(pairs.Svg);
        var text = ReadableText(doc);
        Assert.Contains("менее", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3", Numbers(text));
        Assert.Contains("fill=\"url(#mnt-pairs-hidden)\"", pairs.Svg, StringComparison.Ordinal);
        Assert.Contains("менее\u00A05\u00A0пар", pairs.Description, StringComparison.Ordinal);
        Assert.Equal(["2023/2024", "13", "менее\u00A05"], pairs.Table.Rows[0]);
    }

    [Fact]
    public void A_hidden_value_does_not_change_the_drawing()
    {
        // Same suppression pattern, other hidden values: the charts must be byte for byte the same.
        var a = Report(SmallYear(teacherPairs: 3, mentorTeachers: 3, mentorStudents: 11));
        var b = Report(SmallYear(teacherPairs: 4, mentorTeachers: 4, mentorStudents: 10));
        Assert.Equal(a.PairsChart!.Svg, b.PairsChart!.Svg);
        Assert.Equal(a.ParticipantsChart!.Svg, b.ParticipantsChart!.Svg);
        Assert.Equal(a.Years[0].ParticipantsTable.Rows, b.Years[0].ParticipantsTable.Rows);
        Assert.Equal("менее\u00A05", a.Years[0].MentorsTeachers);
        Assert.Equal("скрыто", a.Years[0].MentorsStudents);
        Assert.Equal("14", a.Years[0].MentorsTotal);
    }

    [Fact]
    public void Stage_two_values_over_too_few_people_are_not_in_the_svg()
    {
        var chart = Report(SmallYear()).Years[0].Stage2Chart!;
        var doc = Parse(chart.Svg);
        var text = ReadableText(doc);
        Assert.DoesNotContain("25", Numbers(text));
        Assert.DoesNotContain("75", Numbers(text));
        Assert.Contains("нет данных: менее\u00A05\u00A0участников", text, StringComparison.Ordinal);
        // The small count of 3 people at entry is hidden too; 13 at the end is shown.
        Assert.DoesNotContain("3", Numbers(text));
        Assert.Contains("13\u00A0чел.", text, StringComparison.Ordinal);
        // One circle per shown value: 56,3 %, 79,2 %, 13 чел. and the two in the legend.
        Assert.Equal(5, doc.GetElementsByTagName("circle").Count);
    }

    [Fact]
    public void Labels_use_a_decimal_comma_and_coordinates_stay_invariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            var ru = Report(SmallYear()).Years[0].Stage2Chart!;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Report(SmallYear()).Years[0].Stage2Chart!;
            Assert.Equal(invariant.Svg, ru.Svg);

            var doc = Parse(ru.Svg);
            var text = ReadableText(doc);
            Assert.Contains("56,3\u00A0%", text, StringComparison.Ordinal);
            Assert.DoesNotContain("56.3", text, StringComparison.Ordinal);
            Assert.Equal(["Доля обучающихся без неудовлетворительных отметок", "24", "56,3\u00A0%", "79,2\u00A0%"], ru.Table.Rows[1]);
            foreach (var element in doc.SelectNodes("//*")!.Cast<XmlElement>())
            {
                foreach (var name in new[] { "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height" })
                {
                    var value = element.GetAttribute(name);
                    if (value.Length > 0 && value != "100%")
                    {
                        Assert.True(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{name}=\"{value}\"");
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Descriptions_and_tables_state_the_values()
    {
        var report = Report(MonitoringFixture.File(MonitoringFixture.Year("2022/2023"), MonitoringFixture.Year("2023/2024")));
        var participants = report.ParticipantsChart!;
        Assert.Contains("2022/2023: Наставники\u00A0— 20\u00A0человек, Наставляемые\u00A0— 31\u00A0человек.", participants.Description, StringComparison.Ordinal);
        Assert.Equal(["Учебный год", "Наставники", "Наставляемые"], participants.Table.ColumnHeaders);
        Assert.Equal(["2023/2024", "20", "31"], participants.Table.Rows[1]);
        var texts = Parse(participants.Svg).GetElementsByTagName("text").Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Contains("20", texts);
        Assert.Contains("31", texts);
        Assert.Contains("Наставники", texts);

        var pairs = report.PairsChart!;
        Assert.Contains("Ученик\u00A0— ученик\u00A0— 13\u00A0пар", pairs.Description, StringComparison.Ordinal);
        Assert.Contains("Педагог\u00A0— педагог\u00A0— 7\u00A0пар", pairs.Description, StringComparison.Ordinal);
        Assert.Equal(["Учебный год", "Ученик – ученик", "Педагог – педагог"], pairs.Table.ColumnHeaders);
    }

    [Fact]
    public void The_band_chart_names_the_band_and_marks_the_total()
    {
        var chart = Report(SmallYear()).Years[0].Stage1!.Chart;
        Assert.Contains("Итоговый балл\u00A0— 15 из\u00A018\u00A0баллов, уровень «оптимальный» (15–18\u00A0баллов)", chart.Description, StringComparison.Ordinal);
        var doc = Parse(chart.Svg);
        var texts = doc.GetElementsByTagName("text").Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Contains("Уровень: оптимальный (15–18\u00A0баллов)", texts);
        Assert.Contains("15", texts);
        Assert.Single(doc.GetElementsByTagName("polygon").Cast<XmlNode>());
        Assert.Equal(["Итоговый балл", "15 из 18\u00A0баллов"], chart.Table.Rows[0]);
        Assert.Equal(["Уровень", "оптимальный"], chart.Table.Rows[1]);
    }

    [Fact]
    public void Band_chart_marker_sits_at_the_total_on_the_scale()
    {
        BandSegment[] bands = [new(0, 8, "недопустимый"), new(9, 14, "допустимый"), new(15, 18, "оптимальный")];
        var low = Parse(BandScaleChart.Render("a", "Итог", bands, 18, 0).Svg);
        var high = Parse(BandScaleChart.Render("b", "Итог", bands, 18, 18).Svg);
        static double Tip(XmlDocument d) => double.Parse(d.GetElementsByTagName("polygon")[0]!.Attributes!["points"]!.Value.Split(' ')[2].Split(',')[0], CultureInfo.InvariantCulture);
        Assert.Equal(14, Tip(low));
        Assert.Equal(306, Tip(high));
        Assert.Throws<ArgumentOutOfRangeException>(() => BandScaleChart.Render("c", "Итог", bands, 18, 19));
    }

    [Fact]
    public void Charts_are_deterministic()
    {
        var a = Report(SmallYear());
        var b = Report(SmallYear());
        Assert.Equal(Charts(a).Select(c => c.Svg), Charts(b).Select(c => c.Svg));
    }

    [Fact]
    public void Text_with_markup_characters_is_escaped()
    {
        var chart = GroupedBarChart.Render("x", "A & B <c> \"d\"", "Год", ["2023/2024"],
            [new BarSeries("<script>", [ChartValue.Shown(5, "5")])]);
        var doc = Parse(chart.Svg);
        Assert.Equal("A & B <c> «d»", doc.GetElementsByTagName("title")[0]!.InnerText);
        Assert.DoesNotContain("<script>", chart.Svg, StringComparison.Ordinal);
    }

    /// <summary>
    /// The charts' words are typeset like the page around them (the page's own pass leaves SVG alone): no-break
    /// spaces after short words, «—» between words, «ёлочки». Coordinates and other attributes are untouched.
    /// </summary>
    [Fact]
    public void Chart_text_is_typeset_like_the_page()
    {
        var report = Report(SmallYear());
        var stage1 = Parse(report.Years[0].Stage1!.Chart.Svg);
        Assert.Contains("Итог: 15 из\u00A018\u00A0баллов", stage1.GetElementsByTagName("text").Cast<XmlNode>().Select(n => n.InnerText));

        var pairs = report.PairsChart!;
        var pairTexts = Parse(pairs.Svg).GetElementsByTagName("text").Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Contains("Ученик\u00A0— ученик", pairTexts);
        Assert.DoesNotContain("Ученик – ученик", pairTexts);
        Assert.Contains("Ученик\u00A0— ученик\u00A0— 13\u00A0пар", pairs.Description, StringComparison.Ordinal);

        var stage2 = report.Years[0].Stage2Chart!;
        var doc = Parse(stage2.Svg);
        Assert.Equal(stage2.Title, doc.GetElementsByTagName("title")[0]!.InnerText);
        Assert.Contains("на\u00A0входе и\u00A0по\u00A0итогам", stage2.Title, StringComparison.Ordinal);
        var texts = doc.GetElementsByTagName("text").Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Contains("на\u00A0входе", texts);
        Assert.Contains(texts, t => t.StartsWith("на\u00A0входе: 56,3\u00A0%; по\u00A0итогам: 79,2\u00A0%", StringComparison.Ordinal));
        foreach (var element in doc.SelectNodes("//*")!.Cast<XmlElement>())
        {
            Assert.All(element.Attributes.Cast<XmlAttribute>(), a => Assert.DoesNotContain('\u00A0', a.Value));
        }
    }

    [Fact]
    public void A_chart_with_only_hidden_values_still_draws()
    {
        var chart = GroupedBarChart.Render("x", "Пары", "Год", ["2023/2024", "2024/2025"],
            [new BarSeries("Форма", [ChartValue.Hidden("менее\u00A05"), ChartValue.Hidden("скрыто")])]);
        var text = ReadableText(Parse(chart.Svg));
        Assert.Contains("скрыто", text, StringComparison.Ordinal);
        Assert.Equal(["2024/2025", "скрыто"], chart.Table.Rows[1]);
    }
}
