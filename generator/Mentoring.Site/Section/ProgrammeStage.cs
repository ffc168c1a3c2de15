using Mentoring.Site.Yaml;

namespace Mentoring.Site.Section;

/// <summary>A stage of the programme's implementation (data/stages.yml).</summary>
public sealed class ProgrammeStage : YamlObject
{
    [YamlRequired]
    public string Stage { get; set; } = string.Empty;

    public List<string> Activities { get; set; } = [];

    public List<string> Results { get; set; } = [];
}
