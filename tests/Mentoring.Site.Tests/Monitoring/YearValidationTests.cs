using Mentoring.Site.Monitoring;
using static Mentoring.Site.Tests.Monitoring.SchemeValidationTests;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class YearValidationTests
{
    private static void AssertError(string yaml, string code, string lineFragment, string? messagePart = null)
    {
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        var all = diagnostics.Sorted();
        var d = Assert.Single(all, x => x.Code == code);
        Assert.Equal(LineOf(yaml, lineFragment), d.Line);
        Assert.Equal(MonitoringFixture.Path, d.Path);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, d.Message, StringComparison.Ordinal);
        }
    }

    private static string File(string extra = "", string year = "2023/2024") => MonitoringFixture.File(MonitoringFixture.Year(year, extra));

    [Theory]
    [InlineData("2023-2024")]
    [InlineData("23/24")]
    [InlineData("2023")]
    [InlineData("2023/2024/2025")]
    [InlineData("учебный год")]
    public void A_badly_written_academic_year_is_an_error(string year) =>
        AssertError(File(year: year), MonitoringCodes.BadYearFormat, "- year:", "«2022/2023»");

    [Fact]
    public void The_second_year_must_follow_the_first() =>
        AssertError(File(year: "2023/2025"), MonitoringCodes.BadYearSequence, "- year:", "«2023/2024»");

    [Fact]
    public void A_year_given_twice_is_an_error()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year("2023/2024"), MonitoringFixture.Year("2023 / 2024"));
        AssertError(yaml, MonitoringCodes.DuplicateYear, "- year: 2023 / 2024");
    }

    [Fact]
    public void Years_are_published_oldest_first()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year("2024/2025"), MonitoringFixture.Year("2022/2023"));
        var (report, _) = MonitoringFixture.Load(yaml);
        Assert.Equal(["2022/2023", "2024/2025"], report!.Years.Select(y => y.Year));
        Assert.Equal("2024/2025", report.LatestYear!.Year);
    }

    [Fact]
    public void Pairs_of_the_models_must_add_up_to_the_pairs_of_the_form()
    {
        var yaml = File().Replace("pairs: 13", "pairs: 14", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.PairsMismatch, "pairs: 14", "6 + 4 + 3");
    }

    [Fact]
    public void Groups_of_the_models_must_add_up_to_the_groups_of_the_form()
    {
        var yaml = File().Replace("groups: 3", "groups: 2", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.GroupsMismatch, "groups: 2", "1 + 1 + 1");
    }

    [Fact]
    public void A_total_of_mentors_that_does_not_add_up_is_an_error()
    {
        var yaml = File().Replace("teachers: 7, students: 13 }", "teachers: 7, students: 13, total: 21 }", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.ParticipantTotalMismatch, "mentors:", "7 + 13");
    }

    [Fact]
    public void A_total_of_mentees_that_does_not_add_up_is_an_error()
    {
        var yaml = File().Replace("students: 24 }", "students: 24, total: 30 }", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.ParticipantTotalMismatch, "mentees:", "4 + 3 + 24");
    }

    [Fact]
    public void Correct_totals_are_accepted()
    {
        var yaml = File().Replace("students: 24 }", "students: 24, total: 31 }", StringComparison.Ordinal)
            .Replace("teachers: 7, students: 13 }", "teachers: 7, students: 13, total: 20 }", StringComparison.Ordinal);
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("31", report!.Years[0].MenteesTotal);
    }

    [Fact]
    public void Negative_counts_are_an_error()
    {
        var yaml = File().Replace("events: 18", "events: -1", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.NegativeCount, "events: -1");
    }

    [Fact]
    public void An_unknown_form_is_an_error_with_a_suggestion()
    {
        var yaml = File().Replace("form: Педагог – педагог", "form: Педагог – педагоги", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.UnknownForm, "form: Педагог – педагоги", "«Педагог – педагог»");
    }

    [Fact]
    public void An_unknown_model_is_an_error()
    {
        var yaml = File().Replace("model: Лидер – пассивный", "model: Опытный педагог – молодой специалист", StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.UnknownModel, "model: Опытный", "«Лидер – пассивный»");
    }

    [Fact]
    public void A_form_listed_twice_is_an_error()
    {
        var yaml = File().Replace("""
                  - form: Педагог – педагог
                    pairs: 7
            """, """
                  - form: ученик-ученик
                    pairs: 7
            """, StringComparison.Ordinal);
        AssertError(yaml, MonitoringCodes.DuplicateFormOrModel, "form: ученик-ученик");
    }

    [Fact]
    public void Form_and_model_titles_forgive_case_yo_dashes_and_spaces()
    {
        var yaml = File()
            .Replace("form: Ученик – ученик", "form: УЧЕНИК—УЧЕНИК", StringComparison.Ordinal)
            .Replace("model: Лидер – пассивный", "model: лидер-пассивный", StringComparison.Ordinal)
            .Replace("model: Равный – равному", "model: \"Равный  —  равному\"", StringComparison.Ordinal)
            .Replace("form: Педагог – педагог", "form: педагог - педагог", StringComparison.Ordinal);
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        // Canonical titles from forms.yml are published, not the spelling of the file.
        Assert.Equal(["Ученик – ученик", "Педагог – педагог"], report!.Years[0].Forms.Select(f => f.Title));
        Assert.Equal("Лидер – пассивный", report.Years[0].Forms[0].Models[1].Title);
    }

    [Fact]
    public void Yo_and_ye_are_the_same_letter_in_titles()
    {
        var forms = new List<(string, IReadOnlyList<string>)> { ("Учёный – учёному", ["Лёгкий – тяжёлый"]) };
        var yaml = MonitoringFixture.Scheme + """

            years:
              - year: 2023/2024
                participants:
                  mentors: { teachers: 7, students: 13 }
                  mentees: { young_specialists: 4, adapting_teachers: 3, students: 24 }
                forms:
                  - form: Ученый – ученому
                    pairs: 6
                    groups: 0
                    models:
                      - { model: Легкий – тяжелый, pairs: 6, groups: 0 }
            """;
        var diagnostics = new Mentoring.Engine.DiagnosticBag();
        var report = MonitoringLoader.LoadText(yaml, MonitoringFixture.Path, MonitoringFixture.NoPractices, forms, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Учёный – учёному", report!.Years[0].Forms[0].Title);
    }

    [Fact]
    public void A_form_not_listed_in_a_year_had_no_pairs()
    {
        var yaml = File().Replace("""
                  - form: Педагог – педагог
                    pairs: 7
                    groups: 0
            """, string.Empty, StringComparison.Ordinal);
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("0", report!.Years[0].Forms[1].Pairs);
    }

    private const string Stage1 = """
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
        """;

    [Fact]
    public void Stage_one_total_and_band_are_computed()
    {
        var (report, diagnostics) = MonitoringFixture.Load(File(Stage1));
        Assert.Empty(diagnostics.Sorted());
        var s1 = report!.Years[0].Stage1!;
        Assert.Equal(15, s1.Total);
        Assert.Equal("оптимальный", s1.Band);
        Assert.Equal("15–18\u00A0баллов", s1.BandRange);
        Assert.Equal(["Сумма баллов", "15 из 18"], s1.Table.Rows[^2].Skip(2));
    }

    [Fact]
    public void A_score_above_the_maximum_is_an_error()
    {
        var yaml = File(Stage1.Replace("{ indicator: a3, score: 1 }", "{ indicator: a3, score: 3 }", StringComparison.Ordinal));
        AssertError(yaml, MonitoringCodes.ScoreOutOfRange, "indicator: a3", "от 0 до 2");
    }

    [Fact]
    public void A_score_for_an_unknown_indicator_is_an_error()
    {
        var yaml = File(Stage1.Replace("{ indicator: a3,", "{ indicator: a33,", StringComparison.Ordinal));
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        var codes = diagnostics.Sorted().Select(d => d.Code).ToList();
        Assert.Contains(MonitoringCodes.UnknownIndicatorScore, codes);
        Assert.Contains(MonitoringCodes.MissingIndicatorScore, codes);
    }

    [Fact]
    public void A_missing_score_is_an_error()
    {
        var yaml = File(Stage1.Replace("\n        - { indicator: c2, score: 1 }", string.Empty, StringComparison.Ordinal));
        AssertError(yaml, MonitoringCodes.MissingIndicatorScore, "scores:", "c2");
    }

    [Fact]
    public void A_score_given_twice_is_an_error()
    {
        var yaml = File(Stage1.Replace("{ indicator: c2,", "{ indicator: c1,", StringComparison.Ordinal));
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == MonitoringCodes.DuplicateIndicatorScore);
    }

    private static string Parameter(string unit, string of, string before, string after, string name = "Параметр") => $"""
            stage2:
              - name: {name}
                unit: "{unit}"
        {(of.Length > 0 ? $"        of: {of}\n" : string.Empty)}        before: {before}
                after: {after}
        """;

    [Fact]
    public void A_percentage_without_its_base_is_an_error() =>
        AssertError(File(Parameter("%", "", "40", "60")), MonitoringCodes.MissingBase, "- name: Параметр", "of:");

    [Fact]
    public void A_count_of_people_without_its_base_is_an_error() =>
        AssertError(File(Parameter("чел.", "", "4", "6")), MonitoringCodes.MissingBase, "- name: Параметр");

    [Fact]
    public void A_score_parameter_needs_no_base()
    {
        var (_, diagnostics) = MonitoringFixture.Load(File(Parameter("балла", "", "3.5", "4.2")));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_percentage_above_100_is_an_error() =>
        AssertError(File(Parameter("%", "20", "40", "160")), MonitoringCodes.ImpossibleValue, "after: 160", "100");

    [Fact]
    public void A_count_above_its_base_is_an_error() =>
        AssertError(File(Parameter("чел.", "10", "12", "6")), MonitoringCodes.ImpossibleValue, "before: 12");

    [Fact]
    public void A_fractional_count_of_people_is_an_error() =>
        AssertError(File(Parameter("чел.", "10", "4.5", "6")), MonitoringCodes.FractionalCount, "before: 4.5");

    [Fact]
    public void A_parameter_given_twice_is_an_error()
    {
        var p = Parameter("%", "20", "40", "60");
        var yaml = File(p + "\n" + p[(p.IndexOf("  - name", StringComparison.Ordinal) - 4)..]);
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == MonitoringCodes.DuplicateParameter);
    }

    [Fact]
    public void All_problems_are_reported_in_one_pass()
    {
        var yaml = File(year: "2023-2024").Replace("pairs: 13", "pairs: 14", StringComparison.Ordinal).Replace("events: 18", "events: -3", StringComparison.Ordinal);
        var codes = MonitoringFixture.Errors(yaml).Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { MonitoringCodes.BadYearFormat, MonitoringCodes.PairsMismatch, MonitoringCodes.NegativeCount }, codes);
    }
}
