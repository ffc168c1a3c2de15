using Mentoring.Site.Yaml;

namespace Mentoring.Site.Library;

/// <summary>A file attached to a practice, as written in the front matter: path relative to the practice file and its title.</summary>
public sealed class PracticeAttachmentEntry : YamlObject
{
    [YamlRequired]
    public string File { get; set; } = string.Empty;

    [YamlRequired]
    public string Title { get; set; } = string.Empty;
}
