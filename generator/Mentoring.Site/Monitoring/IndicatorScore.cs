using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>The score of one indicator in a year: <c>{ indicator: klimat, score: 2 }</c>.</summary>
public sealed class IndicatorScore : YamlObject
{
    /// <summary>The indicator's id.</summary>
    [YamlRequired]
    public string Indicator { get; set; } = string.Empty;

    [YamlRequired]
    public int? Score { get; set; }
}
