namespace Mentoring.Site.Monitoring;

/// <summary>
/// Everything the monitoring page needs, already checked and anonymised: display strings (hidden figures
/// replaced by «менее 5» / «скрыто»), tables and inline SVG charts. Plain properties for templates.
/// </summary>
public sealed class MonitoringReport
{
    public const string ExampleText = "Пример данных";

    /// <summary>True while the figures are examples: show <see cref="ExampleNotice"/>.</summary>
    public required bool IsExample { get; init; }

    /// <summary>«Пример данных», or null when the figures are real.</summary>
    public string? ExampleNotice => IsExample ? ExampleText : null;

    public required int Threshold { get; init; }

    /// <summary>«менее 5».</summary>
    public string SmallCountLabel => SuppressedText.Small(Threshold);

    /// <summary>«скрыто».</summary>
    public string HiddenLabel { get; } = SuppressedText.Hidden;

    /// <summary>What «менее 5» and «скрыто» mean, for a note under the tables.</summary>
    public string SuppressionNote => SuppressedText.Explanation(Threshold);

    public string? Note { get; init; }

    public required int MaxScore { get; init; }

    /// <summary>Number of indicators × max score (18).</summary>
    public required int MaxTotal { get; init; }

    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }

    public required IReadOnlyList<LevelRow> Levels { get; init; }

    public required IReadOnlyList<BandRow> Bands { get; init; }

    /// <summary>Academic years, oldest first.</summary>
    public required IReadOnlyList<YearReport> Years { get; init; }

    /// <summary>The newest year, or null when none is entered.</summary>
    public YearReport? LatestYear => Years.Count > 0 ? Years[^1] : null;

    /// <summary>Mentors and mentees per year; null without years.</summary>
    public MonitoringChart? ParticipantsChart { get; init; }

    /// <summary>Pairs per form per year; null without years or forms.</summary>
    public MonitoringChart? PairsChart { get; init; }

    /// <summary>Output path of the page with the charts over the years; null without years or on a site without a monitoring page.</summary>
    public string? ChartsUrl { get; init; }

    /// <summary>One row per year: participants, events, practices, stage-1 total and band.</summary>
    public required DataTable SummaryTable { get; init; }

    /// <summary>Indicators × years with stage 1, sums and bands in the last rows; null when no year has stage 1.</summary>
    public DataTable? IndicatorsTable { get; init; }
}
