using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// A stage-2 parameter measured twice: at entry (<see cref="Before"/>) and at the end (<see cref="After"/>).
/// A count of people (unit «чел.») or a percentage of people (unit «%») must give <see cref="Of"/>, the number
/// of people it is counted over; a value over fewer than the threshold is not published.
/// </summary>
public sealed class StageTwoParameter : YamlObject
{
    [YamlRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>«%», «чел.», «балл»…</summary>
    [YamlRequired]
    public string Unit { get; set; } = string.Empty;

    /// <summary>Base: how many people the value is counted over.</summary>
    public int? Of { get; set; }

    /// <summary>
    /// Highest possible value of a score-like parameter (5 for a survey on a 1–5 scale): the end of its chart
    /// scale. Not used for «%» (always 100) and «чел.» (the base).
    /// </summary>
    public double? Max { get; set; }

    [YamlRequired]
    public double? Before { get; set; }

    [YamlRequired]
    public double? After { get; set; }

    public string? Note { get; set; }
}
