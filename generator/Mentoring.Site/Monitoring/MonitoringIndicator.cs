using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>One indicator of the stage-1 table (section 6 of the programme) and its criterion group.</summary>
public sealed class MonitoringIndicator : YamlObject
{
    /// <summary>Stable ASCII id, used by the yearly scores.</summary>
    [YamlRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>The criterion («Оценка программы наставничества в организации»).</summary>
    [YamlRequired]
    public string Criterion { get; set; } = string.Empty;

    /// <summary>The indicator as the programme words it.</summary>
    [YamlRequired]
    public string Text { get; set; } = string.Empty;
}
