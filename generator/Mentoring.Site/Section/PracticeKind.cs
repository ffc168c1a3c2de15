using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>A kind of practice in the library (data/kinds.yml): открытый урок, мастер-класс…</summary>
public sealed class PracticeKind : YamlObject
{
    [YamlRequired]
    public string Id { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;

    public string? Plural { get; set; }
}
