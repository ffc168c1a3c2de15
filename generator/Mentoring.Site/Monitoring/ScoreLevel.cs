using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>The name of one score of an indicator: 2 — «проявляется в полной мере».</summary>
public sealed class ScoreLevel : YamlObject
{
    [YamlRequired]
    public int? Score { get; set; }

    [YamlRequired]
    public string Title { get; set; } = string.Empty;
}
