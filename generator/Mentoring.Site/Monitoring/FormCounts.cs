using Mentoring.Site.Yaml;

namespace Mentoring.Site.Monitoring;

/// <summary>
/// Pairs and groups of one form in a year. When <see cref="Models"/> are listed, their pairs and groups must
/// add up to the form's; a model not listed had none.
/// </summary>
public sealed class FormCounts : YamlObject
{
    /// <summary>The form's title as in forms.yml («Ученик – ученик»); case, ё/е, dashes and spaces are forgiven.</summary>
    [YamlRequired]
    public string Form { get; set; } = string.Empty;

    [YamlRequired]
    public int? Pairs { get; set; }

    [YamlRequired]
    public int? Groups { get; set; }

    public List<ModelCounts> Models { get; set; } = [];
}
