using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>The cover image of a practice, as written: a path relative to the practice file and the text that replaces it.</summary>
public sealed class PracticeCoverEntry : YamlObject
{
    [YamlRequired]
    public string File { get; set; } = string.Empty;

    public string? Alt { get; set; }
}
