using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>An act of the normative base (data/acts.yml).</summary>
public sealed class LegalAct : YamlObject
{
    [YamlRequired]
    public string Level { get; set; } = string.Empty;

    [YamlRequired]
    public string Kind { get; set; } = string.Empty;

    public string? Issuer { get; set; }

    [YamlRequired]
    public DateOnly? Date { get; set; }

    [YamlRequired]
    public string Number { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public string? Url { get; set; }

    public string? Note { get; set; }
}
