using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>A row of the management structure table (data/management.yml).</summary>
public sealed class ManagementRow : YamlObject
{
    [YamlRequired]
    public string Executor { get; set; } = string.Empty;

    public List<string> Duties { get; set; } = [];

    public string? Terms { get; set; }
}
