using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>An author named in a practice: a teacher whose consent to dissemination the school holds (ст. 10.1 152-ФЗ).</summary>
public sealed class PracticeAuthorEntry : YamlObject
{
    [YamlRequired]
    public string Name { get; set; } = string.Empty;

    public string? Position { get; set; }

    public bool Consent { get; set; }
}
