using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Root of content/data/monitoring.yml: the scoring scheme of the programme (indicators, maximum, bands)
/// and the aggregated figures of each academic year. Only aggregates exist here by construction: participant
/// categories are fixed fields, so a curator cannot add a category such as «обучающиеся с ОВЗ».
/// </summary>
public sealed class MonitoringData : YamlObject
{
    /// <summary>The default small-count threshold (OECD / school-statistics practice).</summary>
    public const int DefaultThreshold = 5;

    /// <summary>The lowest threshold accepted: with 2 a single person could still be singled out.</summary>
    public const int MinimumThreshold = 3;

    /// <summary>True while the figures are invented examples: the page then says «Пример данных».</summary>
    [YamlRequired]
    public bool Example { get; set; }

    /// <summary>Counts of people from 1 to threshold − 1 are never published. Default 5, never below 3.</summary>
    public int? Threshold { get; set; }

    /// <summary>Optional note for the page (source of the figures, date of the справка).</summary>
    public string? Note { get; set; }

    /// <summary>Highest score of one indicator (2 in this programme: 2 / 1 / 0 баллов).</summary>
    [YamlRequired]
    public int MaxScore { get; set; }

    /// <summary>Optional names of the scores («проявляется в полной мере» = 2…).</summary>
    public List<ScoreLevel> Levels { get; set; } = [];

    [YamlRequired]
    public List<MonitoringIndicator> Indicators { get; set; } = [];

    /// <summary>Bands of the stage-1 total: contiguous, non-overlapping, covering 0..indicators × max_score.</summary>
    [YamlRequired]
    public List<ScoreBand> Bands { get; set; } = [];

    public List<MonitoringYear> Years { get; set; } = [];

    /// <summary>The threshold in force (the default when the file does not set one).</summary>
    public int EffectiveThreshold => Threshold ?? DefaultThreshold;
}
