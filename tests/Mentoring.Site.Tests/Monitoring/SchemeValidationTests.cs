using Mentoring.Engine;
using Mentoring.Site.Monitoring;

namespace Mentoring.Site.Tests.Monitoring;

public sealed class SchemeValidationTests
{
    internal static int LineOf(string yaml, string fragment)
    {
        var index = yaml.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"«{fragment}» is not in the YAML");
        return yaml[..index].Count(c => c == '\n') + 1;
    }

    private static Diagnostic Single(string yaml, string code)
    {
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        var all = diagnostics.Sorted();
        var d = Assert.Single(all, x => x.Code == code);
        Assert.Equal(MonitoringFixture.Path, d.Path);
        Assert.Equal(Severity.Error, d.Severity);
        return d;
    }

    private static string WithBands(string bands) =>
        MonitoringFixture.File(MonitoringFixture.Year()).Replace("""
            bands:
              - { from: 15, to: 18, title: оптимальный }
              - { from: 9, to: 14, title: допустимый }
              - { from: 0, to: 8, title: недопустимый }
            """, "bands:\n" + bands, StringComparison.Ordinal);

    [Fact]
    public void The_minimal_file_is_valid_and_the_threshold_defaults_to_5()
    {
        var (report, diagnostics) = MonitoringFixture.Load(MonitoringFixture.File(MonitoringFixture.Year()));
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(5, report!.Threshold);
        Assert.Equal("менее\u00A05", report.SmallCountLabel);
    }

    [Fact]
    public void A_threshold_below_3_is_an_error_on_its_line()
    {
        var yaml = "threshold: 2\n" + MonitoringFixture.File(MonitoringFixture.Year());
        var d = Single(yaml, MonitoringCodes.ThresholdTooLow);
        Assert.Equal(1, d.Line);
        Assert.Contains("не меньше 3", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_of_3_is_accepted_and_used_in_the_labels()
    {
        var yaml = "threshold: 3\n" + MonitoringFixture.File(MonitoringFixture.Year());
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(3, report!.Threshold);
        Assert.Equal("менее\u00A03", report.SmallCountLabel);
        // With a threshold of 3, the 4 and 3 mentees are published.
        Assert.Equal("4", report.Years[0].MenteesYoungSpecialists);
        Assert.Equal("3", report.Years[0].MenteesAdaptingTeachers);
    }

    [Fact]
    public void A_gap_between_bands_is_an_error_naming_the_missing_sums()
    {
        var yaml = WithBands("  - { from: 0, to: 8, title: недопустимый }\n  - { from: 10, to: 14, title: допустимый }\n  - { from: 15, to: 18, title: оптимальный }\n");
        var d = Single(yaml, MonitoringCodes.BandGap);
        Assert.Equal(LineOf(yaml, "{ from: 10"), d.Line);
        Assert.Contains("пропуск", d.Message, StringComparison.Ordinal);
        Assert.Contains("суммы 9 ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_bands_are_an_error()
    {
        var yaml = WithBands("  - { from: 0, to: 9, title: недопустимый }\n  - { from: 9, to: 14, title: допустимый }\n  - { from: 15, to: 18, title: оптимальный }\n");
        var d = Single(yaml, MonitoringCodes.BandOverlap);
        Assert.Equal(LineOf(yaml, "{ from: 9,"), d.Line);
        Assert.Contains("пересекаются", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_that_stop_before_the_maximum_are_an_error()
    {
        var yaml = WithBands("  - { from: 0, to: 8, title: недопустимый }\n  - { from: 9, to: 14, title: допустимый }\n  - { from: 15, to: 17, title: оптимальный }\n");
        var d = Single(yaml, MonitoringCodes.BandsNotToMax);
        Assert.Equal(LineOf(yaml, "{ from: 15"), d.Line);
        Assert.Contains("18", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_that_go_past_the_maximum_are_an_error()
    {
        var yaml = WithBands("  - { from: 0, to: 8, title: недопустимый }\n  - { from: 9, to: 14, title: допустимый }\n  - { from: 15, to: 20, title: оптимальный }\n");
        Single(yaml, MonitoringCodes.BandsNotToMax);
    }

    [Fact]
    public void Bands_that_do_not_start_at_zero_are_an_error()
    {
        var yaml = WithBands("  - { from: 1, to: 8, title: недопустимый }\n  - { from: 9, to: 14, title: допустимый }\n  - { from: 15, to: 18, title: оптимальный }\n");
        var d = Single(yaml, MonitoringCodes.BandsNotFromZero);
        Assert.Equal(LineOf(yaml, "{ from: 1,"), d.Line);
    }

    [Fact]
    public void A_band_that_ends_before_it_starts_is_an_error()
    {
        var yaml = WithBands("  - { from: 0, to: 8, title: недопустимый }\n  - { from: 14, to: 9, title: допустимый }\n  - { from: 15, to: 18, title: оптимальный }\n");
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == MonitoringCodes.BadBand && d.Line == LineOf(yaml, "{ from: 14"));
    }

    [Fact]
    public void Another_scheme_is_data_five_indicators_of_three_points()
    {
        const string yaml = """
            example: false
            max_score: 3
            indicators:
              - { id: a, criterion: К, text: Первый }
              - { id: b, criterion: К, text: Второй }
              - { id: c, criterion: К, text: Третий }
              - { id: d, criterion: К, text: Четвёртый }
              - { id: e, criterion: К, text: Пятый }
            bands:
              - { from: 0, to: 5, title: низкий }
              - { from: 6, to: 10, title: средний }
              - { from: 11, to: 15, title: высокий }
            """;
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Empty(diagnostics.Sorted());
        Assert.False(report!.IsExample);
        Assert.Null(report.ExampleNotice);
        Assert.Equal(15, report.MaxTotal);
        Assert.Empty(report.Years);
        Assert.Null(report.PairsChart);
    }

    [Fact]
    public void A_max_score_below_1_is_an_error()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year()).Replace("max_score: 2", "max_score: 0", StringComparison.Ordinal);
        Single(yaml, MonitoringCodes.BadMaxScore);
    }

    [Fact]
    public void Duplicate_indicator_ids_are_an_error()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year()).Replace("id: a2,", "id: a1,", StringComparison.Ordinal);
        var d = Single(yaml, MonitoringCodes.DuplicateIndicator);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void Unknown_fields_are_refused_by_the_strict_schema()
    {
        var yaml = MonitoringFixture.File(MonitoringFixture.Year())
            .Replace("adapting_teachers: 3,", "adapting_teachers: 3, disabled: 2,", StringComparison.Ordinal);
        var (report, diagnostics) = MonitoringFixture.Load(yaml);
        Assert.Null(report);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "MNT0210" && d.Message.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(MonitoringLoader.Load(null, MonitoringFixture.Path, MonitoringFixture.NoPractices, MonitoringFixture.Forms, diagnostics));
        Assert.Equal(MonitoringCodes.EmptyFile, Assert.Single(diagnostics.Sorted()).Code);
    }
}
