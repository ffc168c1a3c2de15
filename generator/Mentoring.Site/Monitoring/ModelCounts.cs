using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>Pairs and groups of one model of a form in a year.</summary>
public sealed class ModelCounts : YamlObject
{
    /// <summary>The model's title as in forms.yml («Лидер – пассивный»).</summary>
    [YamlRequired]
    public string Model { get; set; } = string.Empty;

    [YamlRequired]
    public int? Pairs { get; set; }

    [YamlRequired]
    public int? Groups { get; set; }
}
