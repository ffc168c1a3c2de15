using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>A band of the stage-1 total, both ends included: 15–18 «оптимальный».</summary>
public sealed class ScoreBand : YamlObject
{
    [YamlRequired]
    public int? From { get; set; }

    [YamlRequired]
    public int? To { get; set; }

    [YamlRequired]
    public string Title { get; set; } = string.Empty;
}
