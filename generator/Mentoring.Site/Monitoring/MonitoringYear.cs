using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>Aggregated figures of one academic year.</summary>
public sealed class MonitoringYear : YamlObject
{
    /// <summary>Academic year «2022/2023»: the second year is the first plus one.</summary>
    [YamlRequired]
    public string Year { get; set; } = string.Empty;

    public string? Note { get; set; }

    [YamlRequired]
    public ParticipantCounts? Participants { get; set; }

    /// <summary>Pairs and groups per form (by its title in forms.yml). A form not listed had none that year.</summary>
    public List<FormCounts> Forms { get; set; } = [];

    /// <summary>Events held (not people: never suppressed).</summary>
    public int? Events { get; set; }

    /// <summary>Stage 1, quality of the implementation; absent until the year's analysis is done.</summary>
    public StageOneResult? Stage1 { get; set; }

    /// <summary>Stage 2, parameters measured at entry and at the end.</summary>
    public List<StageTwoParameter> Stage2 { get; set; } = [];
}
