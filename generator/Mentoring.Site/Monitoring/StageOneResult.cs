using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Stage 1 of a year: one score per indicator. Each score is the curator's final score of the indicator for
/// the programme as a whole, a whole number 0..max_score, as in the programme's table (2 / 1 / 0 баллов).
/// When it is derived from questionnaires, the curator rounds the respondents' average to the nearest whole
/// number (half up) before entering it. The sum and its band are computed, never typed.
/// </summary>
public sealed class StageOneResult : YamlObject
{
    [YamlRequired]
    public List<IndicatorScore> Scores { get; set; } = [];

    public string? Note { get; set; }
}
