using System.Xml;
using Mentoring.Engine;
using Mentoring.Site.Monitoring;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class ExampleFileTests
{
    private static (MonitoringReport? Report, DiagnosticBag Diagnostics) LoadExample()
    {
        var text = File.ReadAllText(MonitoringFixture.RepositoryFile(MonitoringFixture.Path));
        var diagnostics = new DiagnosticBag();
        var practices = new Dictionary<string, int> { ["2022/2023"] = 3, ["2023/2024"] = 5, ["2024/2025"] = 7, ["2019/2020"] = 1 };
        var report = MonitoringLoader.LoadText(text, MonitoringFixture.Path, practices, MonitoringFixture.ContentForms(), diagnostics);
        return (report, diagnostics);
    }

    [Fact]
    public void Example_file_loads_with_no_diagnostics()
    {
        var (report, diagnostics) = LoadExample();
        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(report);
    }

    [Fact]
    public void Example_file_is_marked_as_example_with_three_years_in_order()
    {
        var report = LoadExample().Report!;
        Assert.True(report.IsExample);
        Assert.Equal("Пример данных", report.ExampleNotice);
        Assert.Equal(5, report.Threshold);
        Assert.Equal(["2022/2023", "2023/2024", "2024/2025"], report.Years.Select(y => y.Year));
        Assert.Equal(9, report.Indicators.Count);
        Assert.Equal(18, report.MaxTotal);
        Assert.Equal(["недопустимый", "допустимый", "оптимальный"], report.Bands.Select(b => b.Title));
        Assert.Equal("15–18\u00A0баллов", report.Bands[2].RangeLabel);
    }

    [Fact]
    public void Stage_one_sums_and_bands_are_computed()
    {
        var report = LoadExample().Report!;
        Assert.Equal([13, 15, 16], report.Years.Select(y => y.Stage1!.Total));
        Assert.Equal(["допустимый", "оптимальный", "оптимальный"], report.Years.Select(y => y.Stage1!.Band));
        Assert.Equal("16 из 18\u00A0баллов", report.Years[2].Stage1!.TotalLabel);
        Assert.Equal("проявляется в полной мере", report.Years[2].Stage1!.Scores[0].LevelTitle);
    }

    [Fact]
    public void Example_shows_small_counts_and_complementary_suppression()
    {
        var report = LoadExample().Report!;
        var first = report.Years[0];
        // Mentors 4 teachers and 9 students with a total of 13: 4 is small, 9 would give it away.
        Assert.Equal("менее\u00A05", first.MentorsTeachers);
        Assert.Equal("скрыто", first.MentorsStudents);
        Assert.Equal("13", first.MentorsTotal);

        var last = report.Years[2];
        // Mentees 5 / 3 / 29 with a total of 37: 3 is small, 5 is the next smallest of the row.
        Assert.Equal("скрыто", last.MenteesYoungSpecialists);
        Assert.Equal("менее\u00A05", last.MenteesAdaptingTeachers);
        Assert.Equal("29", last.MenteesStudents);
        Assert.Equal("37", last.MenteesTotal);

        var teachers = last.Forms[1];
        Assert.Equal("8", teachers.Pairs);
        Assert.Equal(["скрыто", "менее\u00A05"], teachers.Models.Select(m => m.Pairs));
        Assert.Equal(["0", "0"], teachers.Models.Select(m => m.Groups));

        // Pairs of the first year's teacher form: 4 in total, so the chart draws it hatched.
        Assert.Equal("менее\u00A05", first.Forms[1].Pairs);
        Assert.Contains("менее\u00A05", report.PairsChart!.Table.Rows[0]);
    }

    [Fact]
    public void Stage_two_percentage_over_too_few_people_is_not_published()
    {
        var report = LoadExample().Report!;
        var digital = report.Years[0].Stage2[3];
        Assert.True(digital.IsSuppressed);
        Assert.Equal("нет данных: менее\u00A05\u00A0участников", digital.Before);
        Assert.Equal("нет данных: менее\u00A05\u00A0участников", digital.After);
        Assert.Equal("менее\u00A05", digital.Base);
        Assert.Equal("75\u00A0%", report.Years[2].Stage2[3].After);
        Assert.Equal("менее\u00A05", report.Years[0].Stage2[1].Before);
        Assert.Equal("9\u00A0чел.", report.Years[0].Stage2[1].After);
        Assert.Equal("56,3\u00A0%", report.Years[0].Stage2[0].Before);
        Assert.Equal("0\u00A0чел.", report.Years[1].Stage2[3].Before);
    }

    [Fact]
    public void Practices_are_passed_in_per_year()
    {
        var report = LoadExample().Report!;
        Assert.Equal(["3", "5", "7"], report.Years.Select(y => y.Practices));
        Assert.Equal(["2022/2023", "13", "20", "12", "3", "13 из 18\u00A0баллов", "допустимый"], report.SummaryTable.Rows[0]);
    }

    [Fact]
    public void Every_chart_of_the_example_is_well_formed_svg()
    {
        var report = LoadExample().Report!;
        var charts = new List<MonitoringChart> { report.ParticipantsChart!, report.PairsChart! };
        charts.AddRange(report.Years.Select(y => y.Stage1!.Chart));
        charts.AddRange(report.Years.Select(y => y.Stage2Chart!));
        Assert.Equal(8, charts.Select(c => c.Id).Distinct().Count());
        foreach (var chart in charts)
        {
            var doc = new XmlDocument();
            doc.LoadXml(chart.Svg);
            Assert.Equal("svg", doc.DocumentElement!.LocalName);
            Assert.Equal("img", doc.DocumentElement.GetAttribute("role"));
        }
    }

    [Fact]
    public void Indicators_table_lists_years_with_stage_one()
    {
        var table = LoadExample().Report!.IndicatorsTable!;
        Assert.Equal(["№", "Показатель", "2022/2023", "2023/2024", "2024/2025"], table.ColumnHeaders);
        Assert.Equal(11, table.Rows.Count);
        Assert.Equal(["", "Сумма баллов", "13", "15", "16"], table.Rows[9]);
    }
}
